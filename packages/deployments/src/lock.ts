/**
 * One deployment per environment at a time. A deployment in progress from
 * another run makes this one wait (up to a limit), and one that has said nothing
 * for longer than `staleAfterMs` is settled: marked success when the provider
 * shows its version live, failure otherwise, so the record matches what runs.
 */
import { ReleaseError, formatDuration } from '../../kit/src/index.js';
import type { DeploymentRecord, RecordedDeployment } from './record.js';
import type { DeployLog } from './types.js';

export interface LockOptions {
  record: DeploymentRecord;
  /** Deployments that are this run's own (its earlier attempt, the one adopted). */
  ours: (deployment: RecordedDeployment) => boolean;
  timeoutMs: number;
  staleAfterMs: number;
  pollMs?: number;
  log: DeployLog;
  /** Marks a stale deployment; returns what was written, for the log. */
  settle: (deployment: RecordedDeployment) => Promise<string>;
  now?: () => number;
}

/** In-progress deployments newer than the live one (older ones were overtaken and matter no more). */
export async function deploymentsInProgress(
  record: DeploymentRecord,
  ours: (deployment: RecordedDeployment) => boolean,
): Promise<RecordedDeployment[]> {
  const found: RecordedDeployment[] = [];
  for await (const deployment of record.newestFirst()) {
    if (deployment.state === 'success') break;
    if (deployment.inProgress && !ours(deployment)) found.push(deployment);
  }
  return found;
}

function describe(deployment: RecordedDeployment): string {
  const run = deployment.payload?.run_url || deployment.statuses[0]?.logUrl;
  return `#${deployment.id}${deployment.version ? ` (${deployment.version})` : ''}${run ? ` from ${run}` : ''}`;
}

export async function waitForTurn(options: LockOptions): Promise<void> {
  const now = options.now ?? Date.now;
  const started = now();
  const pollMs = options.pollMs ?? Math.min(10_000, Math.max(200, Math.floor(options.timeoutMs / 10)));
  let announced = false;
  for (;;) {
    options.record.forget();
    const busy: RecordedDeployment[] = [];
    for (const deployment of await deploymentsInProgress(options.record, options.ours)) {
      const quiet = now() - deployment.lastActivity;
      if (quiet > options.staleAfterMs) {
        const outcome = await options.settle(deployment);
        options.log.warning(
          `Deployment ${describe(deployment)} to ${options.record.environment} has had no update for ` +
            `${formatDuration(quiet)}: ${outcome}`,
        );
      } else {
        busy.push(deployment);
      }
    }
    if (busy.length === 0) return;
    const waited = now() - started;
    if (waited >= options.timeoutMs) {
      const first = busy[0]!;
      throw new ReleaseError(
        'ELOCKED',
        `${options.record.environment} is busy: deployment ${describe(first)} has been in progress since ` +
          `${new Date(first.createdAt).toISOString()}; waited ${formatDuration(waited)}`,
        {
          hint:
            'One deployment per environment runs at a time. Raise lock-timeout to wait longer; a deployment ' +
            `silent for longer than stale-after (${formatDuration(options.staleAfterMs)}) is settled automatically.`,
        },
      );
    }
    if (!announced) {
      options.log.info(
        `Waiting for deployment ${busy.map(describe).join(', ')} to finish (up to ${formatDuration(options.timeoutMs)})`,
      );
      announced = true;
    }
    await new Promise((done) => setTimeout(done, Math.min(pollMs, options.timeoutMs - waited)));
  }
}
