/**
 * The recorded part of a deploy: the deployment record, the migration before any
 * traffic moves, the strategy, and the record of what is live at the end.
 */
import { stopIfCancelled } from './cancelled.js';
import { messageOf, recordFailed, recover } from './deploy-recover.js';
import { resultBase, type DeployResult, type Situation } from './deploy-types.js';
import type { LiveProbe } from './live.js';
import { migrateOnce } from './migration.js';
import { buildPayload, describeStatus } from './payload.js';
import type { RecordedDeployment } from './record.js';
import { commandContext, STRATEGY_RUNNERS, verifyEnvironment, type StrategyRun } from './strategies/index.js';
import type { DeploySettings } from './types.js';

/** This run's deployment: the earlier attempt's, the adopted one, or a new one. */
export async function recordDeployment(situation: Situation): Promise<RecordedDeployment> {
  const { request, own, adopted, previous, timeline } = situation;
  const { settings, record, run } = request;
  if (own) {
    timeline.note('record', `deployment #${own.id} from an earlier attempt of this run (${own.state})`);
    return own;
  }
  if (adopted) {
    timeline.note('record', `adopted deployment #${adopted.id}, created for this job`);
    return adopted;
  }
  const rolling = settings.strategy === 'rolling';
  return timeline.step('record', `deployment of ${settings.version} to ${settings.environment}`, () =>
    record.create({
      ref: settings.commit || settings.ref,
      task: record.deployTask,
      description: `Deploy ${settings.version} to ${settings.environment} (${settings.strategy})`,
      production: settings.production,
      payload: buildPayload({
        version: settings.version,
        commit: settings.commit,
        ref: settings.ref,
        strategy: settings.strategy,
        slot: situation.recordedSlot,
        targets: rolling ? settings.targets : undefined,
        weights: settings.strategy === 'canary' ? settings.canaryWeights : undefined,
        artifacts: settings.artifacts,
        previous_deployment_id: previous?.id,
        previous_version: previous?.version,
        previous_slot: situation.liveSlot,
        run_id: run.runId,
        run_attempt: run.runAttempt,
        run_url: run.runUrl,
        migration: settings.commands.migrate ? (settings.migration?.kind ?? 'expand') : undefined,
      }),
    }),
  );
}

/** What the strategy is given; every phase it enters is recorded in the deployment's status first. */
export function strategyRunFor(situation: Situation, deployment: RecordedDeployment): StrategyRun {
  const { request, previous, environmentUrl } = situation;
  const { settings, record, run } = request;
  const strategyRun: StrategyRun = {
    settings: { ...settings, environmentUrl },
    provider: request.provider,
    verifier: request.verifier,
    log: request.log,
    timeline: situation.timeline,
    deploymentId: deployment.id,
    previous: { version: previous?.version, slot: situation.liveSlot },
    slot: situation.slot,
    reached: { phase: 'deploying', targets: [], switched: false, canaryWeight: 0 },
    progress: (phase, text) => {
      stopIfCancelled(request.signal, settings.version);
      strategyRun.reached.phase = phase;
      return record.setStatus(deployment, 'in_progress', {
        logUrl: run.runUrl,
        environmentUrl,
        description: describeStatus(settings.version, text),
      });
    },
    resume: situation.resuming?.phase,
    rollback: false,
    signal: request.signal,
  };
  return strategyRun;
}

/** The migrate-command, once per deployment, before any strategy moves traffic (and before rolling's first batch). */
async function migrateBeforeTraffic(
  situation: Situation,
  strategyRun: StrategyRun,
  deployment: RecordedDeployment,
): Promise<DeployResult['migration']> {
  const { record, run } = situation.request;
  if (!strategyRun.provider.has('migrate')) return undefined;
  const outcome = await migrateOnce(
    {
      record,
      deployment,
      provider: strategyRun.provider,
      log: strategyRun.log,
      timeline: strategyRun.timeline,
      context: commandContext(strategyRun, 'migrate'),
      status: { logUrl: run.runUrl, environmentUrl: situation.environmentUrl },
    },
    await record.get(deployment.id),
  );
  return outcome && { ...outcome.migration, ranNow: outcome.ranNow };
}

/** A probe answer is trusted to say "this version is live" only where it cannot be a mix. */
function trustworthy(probe: LiveProbe, settings: DeploySettings): boolean {
  return (
    probe.source === 'status-command' || settings.strategy === 'blue-green' || settings.strategy === 'direct'
  );
}

/**
 * How this run picks up an earlier attempt's work: an earlier attempt that already
 * made the version live only needs the record brought in line.
 */
function pickUp(situation: Situation): { alreadyLive: boolean; resumed?: string } {
  const { resuming, probe, slot } = situation;
  const { settings } = situation.request;
  if (!resuming) return { alreadyLive: false };
  if (
    probe?.version === settings.version &&
    trustworthy(probe, settings) &&
    (settings.strategy !== 'blue-green' || !probe.slot || probe.slot === slot)
  ) {
    return {
      alreadyLive: true,
      resumed: `${settings.version} was already live (the ${probe.source} says so): the record is brought in line`,
    };
  }
  return {
    alreadyLive: false,
    resumed: `finishing deployment #${resuming.id}, left ${resuming.phase ?? 'in progress'} by an earlier attempt`,
  };
}

/** Success, and the deployment this one replaced made inactive. */
async function recordLive(situation: Situation, deployment: RecordedDeployment): Promise<void> {
  const { request, previous, slot, recordedSlot } = situation;
  const { record, run, settings } = request;
  await record.setStatus(deployment, 'success', {
    logUrl: run.runUrl,
    environmentUrl: situation.environmentUrl,
    description: describeStatus(
      settings.version,
      recordedSlot ? `live on slot ${slot} (${settings.strategy})` : `live (${settings.strategy})`,
    ),
    autoInactive: true,
  });
  // GitHub marks older deployments inactive (auto_inactive); make sure of the one this replaced.
  if (!previous || previous.id === deployment.id) return;
  const replaced = await record.get(previous.id);
  if (replaced.state !== 'success') return;
  const note = `replaced by ${settings.version} (deployment #${deployment.id})`;
  await record.setStatus(replaced, 'inactive', {
    description: replaced.version ? describeStatus(replaced.version, note) : note,
  });
}

/** Migration, strategy and the final record; a failure after the record is recovered from. */
export async function carryOutDeploy(
  situation: Situation,
  deployment: RecordedDeployment,
): Promise<DeployResult> {
  const strategyRun = strategyRunFor(situation, deployment);
  let migration: DeployResult['migration'];
  try {
    migration = await migrateBeforeTraffic(situation, strategyRun, deployment);
  } catch (failure) {
    // Nothing reached the new version yet: the deploy stops here, with nothing to roll back.
    await recordFailed({ situation, deployment, strategyRun, failure }, messageOf(failure));
    return { ...resultBase(situation, deployment), status: 'failure', slot: situation.slot, failure };
  }
  const { alreadyLive, resumed } = pickUp(situation);
  try {
    if (alreadyLive) {
      situation.timeline.note('resume', resumed!);
      await verifyEnvironment(strategyRun);
    } else {
      await STRATEGY_RUNNERS[situation.request.settings.strategy](strategyRun);
    }
  } catch (failure) {
    return recover({ situation, deployment, strategyRun, failure, resumed, migration });
  }
  await recordLive(situation, deployment);
  return {
    ...resultBase(situation, deployment),
    status: 'success',
    deployment: await situation.request.record.get(deployment.id),
    slot: situation.recordedSlot ?? '',
    resumed,
    migration,
  };
}
