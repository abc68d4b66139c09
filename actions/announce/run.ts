import { readActionInputs, runContext } from '../../packages/kit/src/index.js';
import { spec } from '../../packages/announce/src/index.js';

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { spec as inputSpec };

export async function run(): Promise<void> {
  const context = runContext();
  const inputs = await readActionInputs(spec, { section: ['announce'] });
  const { announce } = await import('./work.js');
  await announce(inputs, context);
}
