import type { AutoMergeOutcome } from './pull-requests.js';
import type { Identity } from './repository.js';

export const heads = (branch: string) => `refs/heads/${branch}`;

/** `pull-request`: the target is protected, so the merge waits in a pull request (auto-merged where allowed). */
export type Outcome = 'up-to-date' | 'fast-forward' | 'merged' | 'conflict' | 'pull-request';

export interface TargetResult {
  target: string;
  outcome: Outcome;
  /** The target's tip after the sync (unchanged on a conflict). */
  sha: string;
  previousSha: string;
  conflicts: string[];
  syncBranch?: string;
  pullRequest?: { number: number; url: string; reused: boolean; autoMerge?: AutoMergeOutcome };
  /** Why the pull request or the sync branch could not be completed, if so. */
  note?: string;
}

export interface DeleteResult {
  branch: string;
  outcome: 'deleted' | 'already-absent' | 'kept';
  sha?: string;
  reason?: string;
}

export interface SyncOptions {
  source: string;
  targets: string[];
  deleteBranch?: string;
  fastForward: boolean;
  pullRequest: boolean;
  messageTemplate: string;
  labels: string[];
  identity: Identity;
  dryRun: boolean;
  runUrl?: string;
  /** Attempts to land a merge when another writer keeps moving the target. */
  pushAttempts?: number;
}

export interface SyncResult {
  source: string;
  sourceSha: string;
  targets: TargetResult[];
  deleted?: DeleteResult;
  dryRun: boolean;
}
