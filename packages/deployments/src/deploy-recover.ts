/**
 * A deploy that failed or was cancelled once its deployment was recorded: it ends
 * on a known version, rolled back to the last good one where it may be, and the
 * record says which.
 */
import { DeployCancelled, mayServe, recordCancelled } from './cancelled.js';
import { resultBase, type DeployResult, type Situation } from './deploy-types.js';
import { describeStatus } from './payload.js';
import type { RecordedDeployment } from './record.js';
import { rollBack } from './rollback.js';
import type { StrategyRun } from './strategies/context.js';

export function messageOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message.split('\n')[0]! : String(thrown);
}

export interface Failed {
  situation: Situation;
  deployment: RecordedDeployment;
  strategyRun: StrategyRun;
  failure: unknown;
  resumed?: string;
  migration?: DeployResult['migration'];
}

/** Marks the deployment failed, with the reason in its description. */
export async function recordFailed(failed: Failed, reason: string): Promise<void> {
  const { situation, deployment } = failed;
  const { record, run, settings } = situation.request;
  await record.setStatus(deployment, 'failure', {
    logUrl: run.runUrl,
    environmentUrl: situation.environmentUrl,
    description: describeStatus(settings.version, `failed: ${reason}`),
  });
}

async function rollBackAfter(
  failed: Failed,
  reason: string,
  detectedAt: number,
  result: Omit<DeployResult, 'status'>,
): Promise<DeployResult> {
  const { situation, deployment, strategyRun } = failed;
  const { request, previous } = situation;
  const { record, provider, log, run } = request;
  // Why it failed is the step's error at the end; the log says only what happens next.
  log.info(`Deploying ${request.settings.version} failed; rolling back to ${previous!.version}`);
  // With no migration to undo first, a switch back or a withdrawn canary comes before any record.
  const restoreFirst = !provider.has('migrate');
  try {
    const rollback = await rollBack({
      record,
      settings: strategyRun.settings,
      // The migration the deploy ran is recorded on the deployment since it started: read it back
      // when it is to be undone. A switch back alone needs no round trip first.
      bad: restoreFirst ? deployment : await record.get(deployment.id),
      restoreFirst,
      target: previous!,
      reason,
      reached: strategyRun.reached,
      before: { id: previous!.id, version: previous!.version, slot: situation.liveSlot },
      detectedAt,
      provider,
      verifier: request.verifier,
      log,
      timeline: situation.timeline,
      run,
    });
    return {
      ...result,
      status: 'rolled-back',
      rollback,
      slot: situation.recordedSlot ? rollback.plan.slot : '',
    };
  } catch (rollbackError) {
    await recordFailed(failed, reason);
    return { ...result, status: 'failure', rollbackError };
  }
}

export async function recover(failed: Failed): Promise<DeployResult> {
  const { situation, deployment, strategyRun, failure } = failed;
  const { request, previous, timeline } = situation;
  const { settings, signal } = request;
  // Recovery is timed from the first failed answer, not from the end of the check that saw it.
  const detectedAt = (failure as { firstFailureAt?: number }).firstFailureAt ?? Date.now();
  const cancelled = Boolean(signal?.aborted);
  const reason = cancelled ? `the run was ${messageOf(signal?.reason)}` : messageOf(failure);
  const result = {
    ...resultBase(situation, deployment),
    slot: situation.recordedSlot ?? '',
    failure: cancelled ? new DeployCancelled(reason) : failure,
    resumed: failed.resumed,
    migration: failed.migration,
  };
  const canRollBack = settings.autoRollback && Boolean(previous?.version);
  if (cancelled && (!mayServe(strategyRun.reached, settings) || !canRollBack)) {
    const live = await recordCancelled({
      record: request.record,
      deployment,
      settings,
      provider: request.provider,
      previousVersion: previous?.version,
      reached: strategyRun.reached,
      statusOptions: { logUrl: request.run.runUrl, environmentUrl: situation.environmentUrl },
    });
    timeline.note('cancelled', live, false);
    return { ...result, status: 'cancelled' };
  }
  if (!canRollBack) {
    if (settings.autoRollback) timeline.note('rollback', 'no earlier good deployment to roll back to', false);
    await recordFailed(failed, reason);
    return { ...result, status: 'failure' };
  }
  return rollBackAfter(failed, reason, detectedAt, result);
}
