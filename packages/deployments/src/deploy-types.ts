/** What a deploy is given and what it reports. */
import type { LiveProbe } from './live.js';
import type { MigrationRecord } from './migration.js';
import type { Provider } from './provider.js';
import type { DeploymentRecord, RecordedDeployment } from './record.js';
import type { RollbackOutcome } from './rollback-types.js';
import type { Timeline } from './timeline.js';
import type { DeployLog, DeploySettings, RunInfo, Verifier } from './types.js';

export interface DeployRequest {
  settings: DeploySettings;
  record: DeploymentRecord;
  run: RunInfo;
  provider: Provider;
  verifier: Verifier;
  log: DeployLog;
  /** A deployment to adopt (the input deployment-id), instead of looking for the job's own. */
  adoptId?: number;
  lock: { timeoutMs: number; staleAfterMs: number; pollMs?: number };
  /** Aborted when the run is cancelled: the deploy stops and ends on a known version. */
  signal?: AbortSignal;
}

export type DeployStatus = 'success' | 'failure' | 'rolled-back' | 'cancelled';

export interface DeployResult {
  status: DeployStatus;
  deployment: RecordedDeployment;
  previous?: RecordedDeployment;
  slot: string;
  environmentUrl?: string;
  timeline: Timeline;
  failure?: unknown;
  rollback?: RollbackOutcome;
  rollbackError?: unknown;
  /** How this run picked up an earlier attempt's work, when it did. */
  resumed?: string;
  adopted: boolean;
  alreadyDone: boolean;
  /** The migration recorded for this deployment, and whether this run ran it. */
  migration?: MigrationRecord & { ranNow: boolean };
}

/**
 * What a deploy has found out once it has its turn: the earlier work it picks up,
 * what serves the environment now, and where the new version goes.
 */
export interface Situation {
  request: DeployRequest;
  timeline: Timeline;
  /** This run's earlier attempt, when there is one to finish. */
  own?: RecordedDeployment;
  /** The deployment GitHub made for this job, when this deploy fills it in. */
  adopted?: RecordedDeployment;
  /** The earlier attempt that was still in progress: its phase says where to pick up. */
  resuming?: RecordedDeployment;
  /** The live deployment before this one, and what the provider says serves. */
  previous?: RecordedDeployment;
  probe?: LiveProbe;
  liveSlot?: string;
  /** The slot the new version goes live on; recorded only where the strategy has slots. */
  slot: string;
  recordedSlot?: string;
  environmentUrl?: string;
}

/** The parts of a result every outcome of a recorded deploy shares. */
export function resultBase(situation: Situation, deployment: RecordedDeployment) {
  return {
    deployment,
    previous: situation.previous,
    environmentUrl: situation.environmentUrl,
    timeline: situation.timeline,
    adopted: Boolean(situation.adopted),
    alreadyDone: false,
  };
}
