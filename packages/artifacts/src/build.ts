import type { Writable } from 'node:stream';
import { childEnvironment, ReleaseError, type ProcessRunner } from '../../kit/src/index.js';

/**
 * The build, as the user wrote it. A `build-command` line is one program and
 * its arguments, split by the process runner's parser (double quotes group,
 * backslash escapes inside them) and started without a shell: no pipes,
 * redirections, globbing or `$VARIABLES`, so nothing in a value can turn into
 * shell syntax. A `build-script` is the explicit opt-in to a shell: it runs
 * as `bash --noprofile --norc -e -o pipefail -c <script>`, like a `run:` step.
 */

export type BuildStep = { kind: 'command'; commandLine: string } | { kind: 'script'; script: string };

export interface BuildOptions {
  /** Starts the build (the kit's `runnerProcesses` on a runner). */
  processes: ProcessRunner;
  cwd: string;
  env: Record<string, string>;
  /** Where the output goes (the log); the default is this process's stdout and stderr. */
  outStream?: Writable;
  errStream?: Writable;
  /** How many trailing lines of output a failure quotes. */
  tailLines?: number;
}

export function describeStep(step: BuildStep): string {
  if (step.kind === 'command') return step.commandLine;
  const lines = step.script.trim().split('\n');
  return lines.length > 1 ? `${lines[0]} … (${lines.length} lines)` : lines[0]!;
}

/**
 * The environment builds and signing tools run in: the kit's child
 * environment (the job's, without this step's inputs: the signing key and the
 * token are no business of a build tool), plus the release facts a build may
 * stamp in.
 */
export function buildEnvironment(
  base: NodeJS.ProcessEnv,
  extra: Record<string, string | undefined>,
): Record<string, string> {
  const defined = Object.entries(extra).filter(([, value]) => value !== undefined);
  return childEnvironment(Object.fromEntries(defined), base);
}

/** Keeps the last lines of a stream of output without keeping all of it. */
class Tail {
  private text = '';
  constructor(private readonly lines: number) {}
  push = (chunk: Buffer): void => {
    this.text = (this.text + chunk.toString('utf8')).slice(-16_384);
  };
  toString(): string {
    return this.text.replace(/\s+$/, '').split(/\r?\n/).slice(-this.lines).join('\n');
  }
}

export async function runBuildStep(step: BuildStep, options: BuildOptions): Promise<void> {
  const tail = new Tail(options.tailLines ?? 20);
  const shown = describeStep(step);
  const [tool, args] =
    step.kind === 'command'
      ? [step.commandLine, [] as string[]]
      : ['bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', step.script]];
  let exitCode: number;
  try {
    ({ exitCode } = await options.processes.run(tool, args, {
      cwd: options.cwd,
      env: options.env,
      outStream: options.outStream,
      errStream: options.errStream,
      onStdout: tail.push,
      onStderr: tail.push,
    }));
  } catch (thrown) {
    throw new ReleaseError(
      'EBUILD',
      `Build ${step.kind} \`${shown}\` could not start: ${(thrown as Error).message}`,
      {
        hint:
          step.kind === 'command'
            ? 'A build-command line is a program and its arguments, run without a shell; use build-script for shell syntax.'
            : 'bash must be on the PATH.',
      },
    );
  }
  if (exitCode !== 0) {
    const output = tail.toString();
    throw new ReleaseError(
      'EBUILD',
      `Build ${step.kind} \`${shown}\` failed with exit code ${exitCode}${output ? `. Last lines of output:\n${output}` : ' and printed nothing'}`,
      { hint: 'No artifacts were written. The full output is in the log group above.' },
    );
  }
}
