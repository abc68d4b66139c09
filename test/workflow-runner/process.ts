import { spawn } from 'node:child_process';
import { CANCEL_SIGNALS } from './cancellation.js';

/**
 * A step's process: its output line by line as it comes. A timeout or a
 * cancellation stops it as the runner does: SIGINT to the step's process,
 * SIGTERM 7.5 s later if it is still there, then its whole tree is killed.
 */

export interface ProcessResult {
  exitCode: number;
  output: string;
  timedOut: boolean;
  /** Stopped by a cancellation (the signal aborted). */
  cancelled: boolean;
}

export interface ProcessOptions {
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  onLine?: (line: string) => void;
  signal?: AbortSignal;
}

function send(pid: number, signal: NodeJS.Signals, group = false): void {
  try {
    process.kill(group ? -pid : pid, signal);
  } catch {
    // Already gone.
  }
}

export function runProcess(command: string, args: string[], options: ProcessOptions): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout also stops what the script started.
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const chunks: string[] = [];
    let pending = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      chunks.push(text);
      if (!options.onLine) return;
      const lines = (pending + text).split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) options.onLine(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let timedOut = false;
    let cancelled = false;
    const stopping: NodeJS.Timeout[] = [];
    const stop = () => {
      if (stopping.length > 0 || !child.pid) return;
      const pid = child.pid;
      send(pid, 'SIGINT');
      stopping.push(
        setTimeout(() => send(pid, 'SIGTERM'), CANCEL_SIGNALS.sigtermAfterMs),
        setTimeout(
          () => send(pid, 'SIGKILL', true),
          CANCEL_SIGNALS.sigtermAfterMs + CANCEL_SIGNALS.killAfterMs,
        ),
      );
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    const onAbort = () => {
      cancelled = true;
      stop();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    const clearTimers = () => {
      clearTimeout(timer);
      for (const pending of stopping) clearTimeout(pending);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (error) => {
      clearTimers();
      reject(error);
    });
    let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let finished = false;
    const finish = () => {
      if (finished || !exited) return;
      finished = true;
      clearTimers();
      // What a stopped step leaves behind goes with it, as the runner kills the tree.
      if (timedOut || cancelled) send(child.pid!, 'SIGKILL', true);
      if (pending && options.onLine) options.onLine(pending);
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({
        exitCode: exited.code ?? (exited.signal ? 128 : 1),
        output: chunks.join(''),
        timedOut,
        cancelled,
      });
    };
    child.on('close', finish);
    // A script may leave a background service holding its output open: the exit is what counts.
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      setTimeout(finish, 200);
    });
  });
}
