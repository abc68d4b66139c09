import { spawn } from 'node:child_process';

/** A step's process: its output line by line as it comes, a timeout that kills its whole process group. */

export interface ProcessResult {
  exitCode: number;
  output: string;
  timedOut: boolean;
}

export interface ProcessOptions {
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  onLine?: (line: string) => void;
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
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let finished = false;
    const finish = () => {
      if (finished || !exited) return;
      finished = true;
      clearTimeout(timer);
      if (pending && options.onLine) options.onLine(pending);
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({ exitCode: exited.code ?? (exited.signal ? 128 : 1), output: chunks.join(''), timedOut });
    };
    child.on('close', finish);
    // A script may leave a background service holding its output open: the exit is what counts.
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      setTimeout(finish, 200);
    });
  });
}
