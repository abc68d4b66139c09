import { describeFailure } from './errors.js';
import { debug, error, isDebug } from './runner.js';

/**
 * Reports any thrown value (an Error, a string, anything) as one `::error::`
 * annotation and a failed step. The stack only appears under RUNNER_DEBUG.
 */
export function reportFailure(thrown: unknown): void {
  const failure = describeFailure(thrown);
  error(failure.message, { title: failure.title, location: failure.location });
  if (isDebug() && failure.stack) debug(failure.stack);
  process.exitCode = 1;
}

/** The whole of an action's entry file: `runAction(main)`. */
export async function runAction(main: () => Promise<void>): Promise<void> {
  process.on('unhandledRejection', (reason) => reportFailure(reason));
  try {
    await main();
  } catch (thrown) {
    reportFailure(thrown);
  }
}

/**
 * An entry that reads its inputs before it loads its run logic: a step that fails on its
 * inputs reports it without loading (and compiling) the packages the run needs, so it starts
 * almost as fast as bare node. `load` is the entry's `() => import('./run.js')`.
 */
export async function runWithInputs<I>(
  read: () => Promise<I>,
  load: () => Promise<{ run: (inputs: I) => Promise<void> }>,
): Promise<void> {
  await runAction(async () => {
    const inputs = await read();
    const { run } = await load();
    await run(inputs);
  });
}
