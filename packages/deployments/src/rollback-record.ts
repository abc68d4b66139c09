/** The rollback's own record: its deployment, the statuses along the way, and how it ended. */
import { ReleaseError } from '../../kit/src/index.js';
import { buildPayload, describeStatus } from './payload.js';
import type { RecordedDeployment } from './record.js';
import { RESTORING_STEP } from './rollback-impact.js';
import type { Rollback } from './rollback-types.js';

export const badStatus = (rollback: Rollback) =>
  describeStatus(rollback.from, `rolled back to ${rollback.to}: ${rollback.input.reason}`);

/** The rollback deployment this run recorded before (a re-run finishes it), or a new one. */
export async function recordRollback(
  rollback: Rollback,
  bad: RecordedDeployment,
): Promise<{ deployment: RecordedDeployment; done: boolean }> {
  const { input, plan, settings, to, from } = rollback;
  const { record, run } = input;
  const earlier = await record.findRecent(
    (candidate) => candidate.payload?.rollback_of === bad.id && candidate.belongsToRun(run.runId),
  );
  // Done only while it is still what serves: a later deploy of the bad version undoes it.
  if (earlier?.state === 'success' && (await record.live())?.id === earlier.id)
    return { deployment: earlier, done: true };
  if (earlier?.inProgress) return { deployment: earlier, done: false };
  const deployment = await rollback.timeline.step('record', `rollback deployment of ${to}`, () =>
    record.create({
      ref: input.target.sha || input.target.ref,
      task: record.rollbackTask,
      description: `Roll back ${record.environment} from ${from} to ${to}: ${input.reason}`.slice(0, 140),
      production: settings.production,
      payload: buildPayload({
        version: to,
        commit: settings.commit,
        ref: settings.ref,
        strategy: plan.strategy,
        slot: plan.strategy === 'rolling' ? undefined : plan.slot,
        targets: plan.targets.length > 0 ? plan.targets : undefined,
        artifacts: settings.artifacts,
        previous_deployment_id: bad.id,
        previous_version: bad.version,
        previous_slot: bad.slot,
        run_id: run.runId,
        run_attempt: run.runAttempt,
        run_url: run.runUrl,
        rollback_of: bad.id,
        reason: input.reason,
      }),
    }),
  );
  return { deployment, done: false };
}

/** From here on the run's steps report to the rollback deployment. */
export async function reportTo(rollback: Rollback, deployment: RecordedDeployment): Promise<void> {
  const { input, to, from, plan, settings } = rollback;
  const status = { logUrl: input.run.runUrl, environmentUrl: settings.environmentUrl };
  rollback.run.deploymentId = deployment.id;
  rollback.run.progress = (_phase, text) =>
    input.record.setStatus(deployment, 'in_progress', {
      ...status,
      description: describeStatus(to, `rollback: ${text}`),
    });
  await input.record.setStatus(deployment, 'in_progress', {
    ...status,
    description: describeStatus(to, `rolling back from ${from}: ${plan.summary}`),
  });
}

export async function recordFailure(
  rollback: Rollback,
  deployment: RecordedDeployment,
  thrown: unknown,
): Promise<never> {
  const { input, to, from, settings } = rollback;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  await input.record.setStatus(deployment, 'failure', {
    description: describeStatus(to, `rollback failed: ${message}`),
    logUrl: input.run.runUrl,
    environmentUrl: settings.environmentUrl,
  });
  throw new ReleaseError(
    'EROLLBACK',
    `Rolling ${input.record.environment} back to ${to} failed: ${message}`,
    {
      cause: thrown,
      hint: `${input.record.environment} may be serving ${from} or a mix; check it and run rollback again once the cause is fixed.`,
    },
  );
}

export async function recordSuccess(
  rollback: Rollback,
  bad: RecordedDeployment,
  deployment: RecordedDeployment,
): Promise<number> {
  const { input, plan, to, from, settings } = rollback;
  const restoring = rollback.timeline.steps.slice(rollback.firstStep).find(RESTORING_STEP[plan.kind]);
  const restoredAt = restoring ? restoring.startedAt + restoring.durationMs : Date.now();
  await input.record.setStatus(bad, 'failure', { description: badStatus(rollback) });
  await input.record.setStatus(deployment, 'success', {
    description: describeStatus(
      to,
      plan.strategy === 'rolling'
        ? `live (rolled back from ${from})`
        : `live on slot ${plan.slot} (rolled back from ${from})`,
    ),
    logUrl: input.run.runUrl,
    environmentUrl: settings.environmentUrl,
    autoInactive: true,
  });
  return restoredAt;
}
