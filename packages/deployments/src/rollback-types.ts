/** What a rollback is given, what it reports, and what its phases share. */
import type { MigrationRecord } from './migration.js';
import type { Provider } from './provider.js';
import type { DeploymentRecord, RecordedDeployment } from './record.js';
import type { PreviouslyLive, RollbackPlan } from './rollback-plan.js';
import type { StrategyRun } from './strategies/context.js';
import type { Timeline } from './timeline.js';
import type { DeployLog, DeploySettings, Reached, RunInfo, Verifier } from './types.js';

export interface RollbackInput {
  record: DeploymentRecord;
  settings: DeploySettings;
  bad: RecordedDeployment;
  target: RecordedDeployment;
  reason: string;
  reached?: Reached;
  before?: PreviouslyLive;
  /** When the failure was noticed (auto-rollback), so the report can say how long recovery took. */
  detectedAt?: number;
  provider: Provider;
  verifier: Verifier;
  log: DeployLog;
  timeline?: Timeline;
  run: RunInfo;
  /**
   * Move traffic back before recording anything, when one command does it (a switch
   * back, a withdrawn canary): deploy-env's own rollback of what it just did, with no
   * migration to undo first. `bad` may then be the copy the deploy started with.
   */
  restoreFirst?: boolean;
}

export interface RollbackOutcome {
  from: string;
  to: string;
  plan: RollbackPlan;
  deployment?: RecordedDeployment;
  /** From the first failed answer (or the start of the rollback) to traffic back on the good version. */
  restoredMs: number;
  /** What restoredMs is timed from, in words. */
  restoredFrom: string;
  durationMs: number;
  timeline: Timeline;
  alreadyDone: boolean;
  reason: string;
  /** What the bad version touched, in plain words. */
  impact: string[];
  /** The bad release's migration, undone by the migrate-rollback-command (schema from → to as undone). */
  migration?: MigrationRecord;
}

export /** Everything the phases share: the plan, the good version's settings, and the run that carries it out. */
interface Rollback {
  input: RollbackInput;
  plan: RollbackPlan;
  settings: DeploySettings;
  timeline: Timeline;
  from: string;
  to: string;
  started: number;
  /** Where this rollback's steps begin in the timeline (a deploy's come before them). */
  firstStep: number;
  exposedSince?: number;
  run: StrategyRun;
}
