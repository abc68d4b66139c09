import { spawn } from 'node:child_process';
import { childEnvironment } from '../../kit/src/index.js';
import type { ProbeVerdict } from './tcp-check.js';
import type { CommandCheck } from './types.js';

export const DEFAULT_COMMAND_TIMEOUT_MS = 10 * 60_000;
/** What is kept of the output to explain a failure: the last lines, not the whole log. */
const TAIL_BYTES = 4096;
const KILL_GRACE_MS = 2_000;

function lastLine(tail: string): string | undefined {
  const lines = tail
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const line = lines[lines.length - 1];
  return line && line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * Runs the command through the shell (the user wrote a shell command, such as
 * `npm run test:smoke`) in its own process group, so a timeout stops the whole
 * tree and not only the shell. Passes on exit code 0.
 */
export function probeCommand(
  check: CommandCheck,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<ProbeVerdict> {
  const timeoutMs = options.timeoutMs ?? check.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  const started = performance.now();
  const posix = process.platform !== 'win32';
  return new Promise((resolve) => {
    let tail = '';
    let stopped: string | undefined;
    let settled = false;
    const child = spawn(check.command, {
      shell: true,
      cwd: check.cwd,
      // The step's inputs (headers with tokens, a URL with a password, the Prometheus token) stay out.
      env: childEnvironment(check.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: posix,
    });
    const finish = (verdict: Omit<ProbeVerdict, 'latencyMs'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(killer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ ...verdict, latencyMs: performance.now() - started });
    };
    const signalTree = (signal: NodeJS.Signals): void => {
      try {
        if (posix && child.pid) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // Already gone.
      }
    };
    let killer: NodeJS.Timeout | undefined;
    const stop = (why: string): void => {
      stopped = why;
      signalTree('SIGTERM');
      killer = setTimeout(() => signalTree('SIGKILL'), KILL_GRACE_MS);
    };
    const onAbort = (): void => stop('aborted');
    const timer = setTimeout(() => stop(`timeout after ${timeoutMs} ms`), timeoutMs);
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      check.onOutput?.(text, stream);
      tail = (tail + text).slice(-TAIL_BYTES);
    };
    child.stdout.on('data', collect('stdout'));
    child.stderr.on('data', collect('stderr'));
    child.once('error', (thrown) =>
      finish({ passed: false, reason: `could not start the command: ${thrown.message}` }),
    );
    child.once('close', (code, signal) => {
      if (stopped) return finish({ passed: false, reason: stopped, aborted: stopped === 'aborted' });
      if (code === 0) return finish({ passed: true, value: 0 });
      const line = lastLine(tail);
      const how = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
      finish({ passed: false, reason: line ? `${how}: ${line}` : how, value: code ?? undefined });
    });
  });
}
