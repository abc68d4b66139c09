import { childEnvironment } from './child-env.js';
import { ReleaseError } from './errors.js';

/** Git through @actions/exec: always an argument array, never a shell string. */

export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface GitOptions {
  cwd?: string;
  /** Return the result instead of throwing on a non-zero exit. */
  allowFailure?: boolean;
  env?: Record<string, string>;
  input?: string;
}

export class GitError extends ReleaseError {
  constructor(
    readonly args: string[],
    readonly result: GitResult,
  ) {
    const detail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n');
    super(
      'EGIT',
      `git ${args.join(' ')} failed with exit code ${result.exitCode}${detail ? `:\n${detail}` : ''}`,
    );
  }
}

/** @actions/exec (and child_process with it) is loaded on the first git command, not at start-up. */
let execModule: Promise<typeof import('@actions/exec')> | undefined;
function loadExec(): Promise<typeof import('@actions/exec')> {
  return (execModule ??= import('@actions/exec'));
}

/** Git runs the repository's hooks and filters, user code that must not see this step's inputs either. */
function gitEnv(extra: Record<string, string> = {}): Record<string, string> {
  return childEnvironment({ GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extra });
}

export async function git(args: string[], options: GitOptions = {}): Promise<GitResult> {
  const { getExecOutput } = await loadExec();
  const result = await getExecOutput('git', args, {
    cwd: options.cwd,
    env: gitEnv(options.env),
    silent: true,
    ignoreReturnCode: true,
    input: options.input === undefined ? undefined : Buffer.from(options.input),
  });
  if (result.exitCode !== 0 && !options.allowFailure) throw new GitError(args, result);
  return result;
}

/** Trimmed stdout of a git command that must succeed. */
export async function gitText(args: string[], options: GitOptions = {}): Promise<string> {
  return (await git(args, options)).stdout.trim();
}

/**
 * Streams a git command's stdout chunk by chunk without holding it, for
 * output that grows with history (a log of 100,000 commits).
 */
export async function gitStream(
  args: string[],
  onChunk: (chunk: Buffer) => void,
  options: Omit<GitOptions, 'input'> = {},
): Promise<void> {
  const { exec } = await loadExec();
  let stderr = '';
  const exitCode = await exec('git', args, {
    cwd: options.cwd,
    env: gitEnv(options.env),
    silent: true,
    ignoreReturnCode: true,
    listeners: {
      stdout: onChunk,
      stderr: (chunk) => {
        stderr = (stderr + chunk.toString()).slice(-4096);
      },
    },
  });
  if (exitCode !== 0 && !options.allowFailure) throw new GitError(args, { stdout: '', stderr, exitCode });
}
