import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { childEnvironment } from '../../../kit/src/index.js';
import type { CustomCommand } from '../settings/custom-commands.js';
import { outcome, type Evidence, type GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';

const TAIL_LINES = 20;

export interface CommandResult {
  name: string;
  exitCode: number | null;
  signal?: string;
  timedOut: boolean;
  durationMs: number;
  tail: string[];
}

/** Runs one command the way a workflow `run:` step does (bash -e, else sh -e), keeping the last lines of output. */
export function runCommand(
  command: CustomCommand,
  cwd: string,
  timeoutMs: number,
  log?: (line: string) => void,
): Promise<CommandResult> {
  const shell = existsSync('/bin/bash')
    ? ['/bin/bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c']
    : ['/bin/sh', '-ec'];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(shell[0]!, [...shell.slice(1), command.run], {
      cwd,
      // The kit's child environment: the step's inputs (the token among them) stay out.
      env: childEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const tail: string[] = [];
    let partial = '';
    const take = (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) {
        log?.(`[${command.name}] ${line}`);
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The whole process group: a command's own children go too.
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    const finish = (exitCode: number | null, signal?: string) => {
      clearTimeout(timer);
      if (partial) {
        log?.(`[${command.name}] ${partial}`);
        tail.push(partial);
        if (tail.length > TAIL_LINES) tail.shift();
      }
      resolve({
        name: command.name,
        exitCode,
        signal,
        timedOut,
        durationMs: performance.now() - started,
        tail,
      });
    };
    child.on('error', (error) => {
      tail.push(error.message);
      finish(null);
    });
    child.on('close', (code, signal) => finish(code, signal ?? undefined));
  });
}

/** custom: each named command exits 0; they run one after another in the workspace. */
export async function customGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const results: CommandResult[] = [];
  for (const command of settings.customCommands) {
    results.push(await runCommand(command, context.workspace, settings.customTimeoutMs, context.log));
  }
  const failed = results.filter((r) => r.exitCode !== 0);
  const evidence: Evidence[] = failed.map((r) => ({
    message: `${r.name}: ${r.timedOut ? `timed out after ${Math.round(settings.customTimeoutMs / 1000)}s` : r.exitCode === null ? `ended by ${r.signal ?? 'an error'}` : `exit code ${r.exitCode}`}${
      r.tail.length ? `\n${r.tail.slice(-5).join('\n')}` : ''
    }`,
  }));
  return outcome(failed.length === 0, {
    value: `${results.length - failed.length}/${results.length} passed`,
    threshold: 'exit code 0',
    summary:
      failed.length === 0
        ? `${results.map((r) => r.name).join(', ')} passed`
        : `${failed.map((r) => `${r.name} (${r.timedOut ? 'timed out' : `exit ${r.exitCode ?? r.signal}`})`).join(', ')} failed`,
    evidence,
    data: {
      commands: results.map((r) => ({
        name: r.name,
        exitCode: r.exitCode,
        timedOut: r.timedOut,
        durationMs: Math.round(r.durationMs),
        outputTail: r.tail,
      })),
    },
  });
}
