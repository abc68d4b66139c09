/**
 * A deploy of the version that is already live: verified where it serves, it is
 * recorded as live again and nothing is changed. Above all the standby slot is
 * left alone, so it still holds the last good version and the next rollback is a
 * switch, not a redeploy.
 */
import type { LiveProbe } from './live.js';
import { buildPayload, describeStatus } from './payload.js';
import type { DeploymentRecord, RecordedDeployment } from './record.js';
import { verifyEnvironment, type StrategyRun } from './strategies/context.js';
import type { DeploySettings, RunInfo } from './types.js';

/** Whether the record and the provider agree that `settings.version` is what serves the environment. */
export function isAlreadyLive(
  settings: DeploySettings,
  live: RecordedDeployment | undefined,
  probe: LiveProbe | undefined,
): live is RecordedDeployment {
  if (!live?.good || live.version !== settings.version) return false;
  return !probe?.version || probe.version === settings.version;
}

/**
 * The payload of a deployment that changes nothing: the live one's slot and what it
 * replaced. A live rollback replaced the bad version, which its standby slot may
 * still hold: that is never recorded as something to switch back to.
 */
export function unchangedPayload(settings: DeploySettings, live: RecordedDeployment, run: RunInfo) {
  const standby = live.payload?.rollback_of ? undefined : live.payload;
  return buildPayload({
    version: settings.version,
    commit: settings.commit,
    ref: settings.ref,
    strategy: settings.strategy,
    slot: settings.strategy === 'rolling' ? undefined : live.slot,
    targets: settings.strategy === 'rolling' ? settings.targets : undefined,
    artifacts: settings.artifacts,
    previous_deployment_id: standby?.previous_deployment_id,
    previous_version: standby?.previous_version,
    previous_slot: standby?.previous_slot,
    run_id: run.runId,
    run_attempt: run.runAttempt,
    run_url: run.runUrl,
  });
}

export interface UnchangedInput {
  record: DeploymentRecord;
  settings: DeploySettings;
  live: RecordedDeployment;
  /** The deployment GitHub created for this job, to fill in rather than create one. */
  adopted?: RecordedDeployment;
  strategyRun: StrategyRun;
  run: RunInfo;
  statusOptions: { logUrl: string; environmentUrl?: string };
}

/**
 * Verifies the live version through the environment URL (with the usual patience:
 * nothing moved) and records a deployment that is live where the live one is.
 * Undefined when it does not answer as it should: the caller then deploys as usual.
 */
export async function keepUnchanged(input: UnchangedInput): Promise<RecordedDeployment | undefined> {
  const { record, settings, live, strategyRun } = input;
  try {
    await verifyEnvironment(strategyRun);
  } catch (failure) {
    strategyRun.log.warning(
      `${settings.version} is recorded live (deployment #${live.id}) but did not verify (${(failure as Error).message}): deploying it again`,
    );
    return undefined;
  }
  const deployment =
    input.adopted ??
    (await strategyRun.timeline.step('record', `deployment of ${settings.version} (already live)`, () =>
      record.create({
        ref: settings.commit || settings.ref,
        task: record.deployTask,
        description: `Deploy ${settings.version} to ${settings.environment} (already live: unchanged)`,
        production: settings.production,
        payload: unchangedPayload(settings, live, input.run),
      }),
    ));
  const where = settings.strategy === 'rolling' ? '' : ` on slot ${live.slot ?? strategyRun.slot}`;
  strategyRun.timeline.note(
    'unchanged',
    `${settings.version} is already live (deployment #${live.id}) and verified: nothing was changed`,
  );
  await record.setStatus(deployment, 'success', {
    ...input.statusOptions,
    description: describeStatus(settings.version, `live${where} (already live, unchanged)`),
    autoInactive: true,
  });
  return record.get(deployment.id);
}
