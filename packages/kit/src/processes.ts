/**
 * Child processes, behind one interface the logic packages are handed: the
 * runner's (through @actions/exec, loaded on the first command) or a null one
 * that runs nothing, for tests of the logic around a command.
 *
 * Every child's environment passes through `childEnvironment`, whatever the
 * caller hands over: a command never sees this step's inputs or the runner's
 * service tokens.
 */
import type { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { childEnvironment } from './child-env.js';

export interface ProcessOptions {
  cwd?: string;
  /** The environment to start from (default: this process's); withheld variables are removed from it. */
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin. */
  input?: Buffer;
  /** Keep the child's output out of the log. */
  silent?: boolean;
  /** Where the output goes when it is not silent (default: this process's stdout and stderr). */
  outStream?: Writable;
  errStream?: Writable;
  /** Collect stdout and stderr into the result (otherwise they come back empty). */
  capture?: boolean;
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
}

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ProcessRunner {
  /**
   * Starts a program without a shell: `commandLine` is a program and its
   * arguments, split the way @actions/exec splits them (double quotes group,
   * backslash escapes inside them), followed by `args` as they are. A
   * non-zero exit is a result, not an error; a program that cannot start rejects.
   */
  run(commandLine: string, args: string[], options?: ProcessOptions): Promise<ProcessResult>;
  /** The full path of a program on the PATH, or undefined when there is none. */
  which(program: string): Promise<string | undefined>;
}

let execModule: Promise<typeof import('@actions/exec')> | undefined;
let ioModule: Promise<typeof import('@actions/io')> | undefined;

function collector(): { push: (chunk: Buffer) => void; text: () => string } {
  const decoder = new StringDecoder('utf8');
  let text = '';
  return { push: (chunk) => (text += decoder.write(chunk)), text: () => text + decoder.end() };
}

/** The runner's processes: @actions/exec, loaded on the first command rather than at start-up. */
export const runnerProcesses: ProcessRunner = {
  async run(commandLine, args, options = {}) {
    const { exec } = await (execModule ??= import('@actions/exec'));
    const stdout = collector();
    const stderr = collector();
    const exitCode = await exec(commandLine, args, {
      cwd: options.cwd,
      env: childEnvironment({}, options.env ?? process.env),
      input: options.input,
      silent: options.silent,
      outStream: options.outStream,
      errStream: options.errStream,
      ignoreReturnCode: true,
      listeners: {
        stdout: (chunk: Buffer) => {
          if (options.capture) stdout.push(chunk);
          options.onStdout?.(chunk);
        },
        stderr: (chunk: Buffer) => {
          if (options.capture) stderr.push(chunk);
          options.onStderr?.(chunk);
        },
      },
    });
    return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
  },
  async which(program) {
    const { which } = await (ioModule ??= import('@actions/io'));
    return (await which(program, false)) || undefined;
  },
};

export interface RecordedProcess {
  commandLine: string;
  args: string[];
  options: ProcessOptions;
  /** The environment the child would have had. */
  env: Record<string, string>;
}

/**
 * Runs nothing: records each command and answers with `answer` (by default
 * exit code 0 and no output). Every program is "installed" at /usr/bin.
 */
export class NullProcessRunner implements ProcessRunner {
  readonly calls: RecordedProcess[] = [];
  constructor(private readonly answer: (call: RecordedProcess) => Partial<ProcessResult> = () => ({})) {}
  async run(commandLine: string, args: string[], options: ProcessOptions = {}): Promise<ProcessResult> {
    const call = { commandLine, args, options, env: childEnvironment({}, options.env ?? process.env) };
    this.calls.push(call);
    const { exitCode = 0, stdout = '', stderr = '' } = this.answer(call);
    if (stdout) options.onStdout?.(Buffer.from(stdout));
    if (stderr) options.onStderr?.(Buffer.from(stderr));
    return { exitCode, stdout: options.capture ? stdout : '', stderr: options.capture ? stderr : '' };
  }
  async which(program: string): Promise<string | undefined> {
    return `/usr/bin/${program}`;
  }
}
