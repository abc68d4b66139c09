/**
 * What happened to each deployment, read from its statuses the way deploy-env and
 * rollback write them: `in_progress` while it runs, `success` once live, `failure`
 * when it failed or was rolled back (the description then says "rolled back to …:
 * reason"), `inactive` once replaced; a rollback is a deployment of its own with
 * task `deploy:rollback` and the undone deployment's id in its payload.
 */
import type { DeploymentFact } from './types.js';

const FAILED = ['failure', 'error'];
const ROLLED_BACK = /^\[[^\]]+\]\s*rolled back to (\S+?):\s*(.*)$/s;

export interface Outcome {
  deployment: DeploymentFact;
  isRollback: boolean;
  /** It reached an end: success, failure or error (a deployment still running, or only ever inactive, did not). */
  finished: boolean;
  /** It went live at some point. */
  succeeded: boolean;
  succeededAt?: number;
  /** in_progress → success, for a deployment that went live. */
  durationMs?: number;
  /** Failed, or rolled back (even after going live): a failed change. */
  changeFailed: boolean;
  rolledBack: boolean;
  reason?: string;
  /** When the failure was known: the first failure status or the start of its rollback, whichever came first. */
  failureAt?: number;
  /** The next moment a deployment of the environment went live after the failure. */
  restoredAt?: number;
}

export function isRollback(deployment: DeploymentFact): boolean {
  return deployment.rollbackOf !== undefined || deployment.task === 'deploy:rollback';
}

function firstAt(deployment: DeploymentFact, states: string[]): number | undefined {
  return deployment.statuses.find((status) => states.includes(status.state))?.at;
}

/** The newest state that is not `inactive`: being replaced later does not undo a success or a failure. */
function lastMeaningfulState(deployment: DeploymentFact): string | undefined {
  return deployment.statuses.filter((status) => status.state !== 'inactive').at(-1)?.state;
}

function failureReason(deployment: DeploymentFact): string | undefined {
  for (const status of [...deployment.statuses].reverse()) {
    if (!FAILED.includes(status.state)) continue;
    const rolled = ROLLED_BACK.exec(status.description);
    if (rolled) return rolled[2];
    return status.description.replace(/^\[[^\]]+\]\s*/, '').replace(/^failed:\s*/, '') || undefined;
  }
  return undefined;
}

/** Outcomes of one environment's deployments (any order); restore times look across all of them. */
export function outcomesOf(deployments: DeploymentFact[]): Outcome[] {
  const rollbacks = new Map<number, DeploymentFact>();
  for (const deployment of deployments) {
    if (deployment.rollbackOf !== undefined && !rollbacks.has(deployment.rollbackOf))
      rollbacks.set(deployment.rollbackOf, deployment);
  }
  const wentLive = deployments
    .map((deployment) => ({ id: deployment.id, at: firstAt(deployment, ['success']) }))
    .filter((entry): entry is { id: number; at: number } => entry.at !== undefined)
    .sort((a, b) => a.at - b.at);

  return deployments.map((deployment) => {
    const succeededAt = firstAt(deployment, ['success']);
    const failedStatusAt = firstAt(deployment, FAILED);
    const rollback = rollbacks.get(deployment.id);
    const describedRollback = deployment.statuses.some(
      (status) => FAILED.includes(status.state) && ROLLED_BACK.test(status.description),
    );
    const rolledBack = rollback !== undefined || describedRollback;
    const last = lastMeaningfulState(deployment);
    const changeFailed = rolledBack || (last !== undefined && FAILED.includes(last));
    const startedAt = firstAt(deployment, ['in_progress']) ?? deployment.createdAt;
    const failureAt = changeFailed
      ? Math.min(failedStatusAt ?? Infinity, rollback?.createdAt ?? Infinity)
      : undefined;
    const knownFailureAt = failureAt !== undefined && Number.isFinite(failureAt) ? failureAt : undefined;
    const restoredAt =
      knownFailureAt === undefined
        ? undefined
        : wentLive.find((entry) => entry.id !== deployment.id && entry.at >= knownFailureAt)?.at;
    return {
      deployment,
      isRollback: isRollback(deployment),
      finished: succeededAt !== undefined || failedStatusAt !== undefined,
      succeeded: succeededAt !== undefined,
      succeededAt,
      durationMs: succeededAt === undefined ? undefined : Math.max(0, succeededAt - startedAt),
      changeFailed,
      rolledBack,
      reason: rollback?.reason ?? failureReason(deployment),
      failureAt: knownFailureAt,
      restoredAt,
    };
  });
}
