/**
 * One deploy, start to finish: find what this run already did, wait for the
 * environment to be free, record the deployment (adopting the one GitHub made
 * for the job when there is one), run the strategy, and leave the record saying
 * what is live: success, or failure after an automatic rollback.
 */
import { ReleaseError } from '../../kit/src/index.js';
import { probeLive, type LiveProbe } from './live.js';
import { waitForTurn } from './lock.js';
import { migrateOnce, type MigrationRecord } from './migration.js';
import { buildPayload, describeStatus } from './payload.js';
import type { Provider } from './provider.js';
import type { DeploymentRecord, RecordedDeployment } from './record.js';
import { rollBack, type RollbackOutcome } from './rollback.js';
import { idleSlot } from './strategies/blue-green.js';
import { commandContext, STRATEGY_RUNNERS, verifyEnvironment, type StrategyRun } from './strategies/index.js';
import { DeployCancelled, mayServe, recordCancelled, stopIfCancelled } from './cancelled.js';
import { Timeline } from './timeline.js';
import { isAlreadyLive, keepUnchanged } from './unchanged.js';
import type { DeployLog, DeploySettings, Reached, RunInfo, Verifier } from './types.js';

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

export function messageOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message.split('\n')[0]! : String(thrown);
}

/** The deployment GitHub created for this job (`environment:` on the job): ours to fill in. */
async function findAdoptable(
  record: DeploymentRecord,
  request: DeployRequest,
): Promise<RecordedDeployment | undefined> {
  const { run, settings } = request;
  if (request.adoptId) {
    const named = await record.get(request.adoptId);
    if (named.environment !== settings.environment) {
      throw new ReleaseError(
        'EDEPLOYMENT',
        `Input "deployment-id": deployment #${named.id} is for ${named.environment}, not ${settings.environment}`,
      );
    }
    if (named.version && named.version !== settings.version) {
      throw new ReleaseError(
        'EDEPLOYMENT',
        `Input "deployment-id": deployment #${named.id} carries ${named.version}, not ${settings.version}`,
      );
    }
    return named;
  }
  for await (const deployment of record.newestFirst()) {
    if (deployment.state === 'success') break;
    const untouched = deployment.statuses.length === 0 || deployment.belongsToRun(run.runId);
    if (!deployment.payload && deployment.sha === run.sha && untouched && deployment.inProgress)
      return deployment;
  }
  return undefined;
}

/**
 * An earlier attempt's deployment is this run's to finish or to report, unless it was
 * rolled back: then this attempt ("Re-run failed jobs") is a deploy of its own, with a
 * rollback of its own should it fail again (the earlier rollback no longer says what
 * serves once this attempt moves traffic).
 */
async function ownEarlierAttempt(
  record: DeploymentRecord,
  runId: string,
  version: string,
): Promise<RecordedDeployment | undefined> {
  const own = await record.findRecent(
    (deployment) =>
      deployment.belongsToRun(runId) && deployment.version === version && !deployment.payload?.rollback_of,
  );
  if (!own || own.inProgress || own.state === 'success') return own;
  const rolledBack = await record.findRecent((deployment) => deployment.payload?.rollback_of === own.id);
  return rolledBack ? undefined : own;
}

/**
 * A re-run of the job gets a new deployment from GitHub, while the work goes on in
 * the one an earlier attempt started. The new one is retired so it never lingers in
 * progress (which would hold the environment's lock for every later deploy). Its
 * description carries no version, so it is never taken for a deployment to resume.
 */
async function retireFreshDeployment(
  record: DeploymentRecord,
  request: DeployRequest,
  own: RecordedDeployment,
): Promise<void> {
  if (request.adoptId) return;
  const fresh = await findAdoptable(record, request);
  if (!fresh || fresh.id === own.id || fresh.id < own.id) return;
  await record.setStatus(fresh, 'inactive', {
    description: `Superseded by deployment #${own.id}, which an earlier attempt of this run started`,
    logUrl: request.run.runUrl,
  });
}

/** A probe answer is trusted to say "this version is live" only where it cannot be a mix. */
function trustworthy(probe: LiveProbe, settings: DeploySettings): boolean {
  return (
    probe.source === 'status-command' || settings.strategy === 'blue-green' || settings.strategy === 'direct'
  );
}

export async function deploy(request: DeployRequest): Promise<DeployResult> {
  const { settings, record, run, provider, log } = request;
  const { version } = settings;
  const timeline = new Timeline();
  record.forget();

  const own = await ownEarlierAttempt(record, run.runId, version);
  if (own?.state === 'success') {
    timeline.note('record', `already deployed by this run: deployment #${own.id}`);
    const live = await record.live();
    if (live && live.id !== own.id) {
      log.warning(
        `Deployment #${own.id} of ${version} has since been replaced by #${live.id} (${live.version ?? 'unknown version'})`,
      );
    }
    const previous = own.payload?.previous_deployment_id
      ? await record.get(own.payload.previous_deployment_id)
      : undefined;
    return {
      status: 'success',
      deployment: own,
      previous,
      slot: settings.strategy === 'rolling' ? '' : (own.slot ?? settings.slots[0]),
      environmentUrl: own.environmentUrl ?? settings.environmentUrl,
      timeline,
      resumed: `deployment #${own.id} was already live`,
      adopted: false,
      alreadyDone: true,
    };
  }
  const adopted = own ? undefined : await findAdoptable(record, request);
  if (own) await retireFreshDeployment(record, request, own);
  const ours = (deployment: RecordedDeployment) =>
    deployment.id === own?.id || deployment.id === adopted?.id || deployment.belongsToRun(run.runId);

  const baseContext = {
    version,
    environment: settings.environment,
    strategy: settings.strategy,
    commit: settings.commit,
    ref: settings.ref,
    artifacts: settings.artifacts,
    environmentUrl: settings.environmentUrl,
    rollback: false,
  };

  await timeline.step('lock', `one deployment at a time in ${settings.environment}`, () =>
    waitForTurn({
      record,
      ours,
      timeoutMs: request.lock.timeoutMs,
      staleAfterMs: request.lock.staleAfterMs,
      pollMs: request.lock.pollMs,
      log,
      settle: async (stale) => {
        const probe = await probeLive(provider, settings, baseContext);
        const staleSince = new Date(stale.lastActivity).toISOString();
        if (probe?.version && stale.version === probe.version) {
          await record.setStatus(stale, 'success', {
            description: describeStatus(
              stale.version,
              `live on slot ${probe.slot ?? stale.slot ?? settings.slots[0]} (settled: the ${probe.source} shows it live)`,
            ),
            autoInactive: true,
          });
          return `the ${probe.source} shows ${probe.version} live, so it is marked success`;
        }
        const note = `stale: no update since ${staleSince}; marked failed by run ${run.runId}`;
        await record.setStatus(stale, 'failure', {
          description: stale.version ? describeStatus(stale.version, note) : note,
        });
        return 'marked failure';
      },
    }),
  );

  record.forget();
  const previous = await record.live();
  const probe = await probeLive(provider, settings, {
    ...baseContext,
    previousVersion: previous?.version,
    previousSlot: previous?.slot,
  });
  let liveSlot = previous?.slot;
  if (probe?.source === 'status-command' && probe.slot && settings.slots.includes(probe.slot)) {
    if (liveSlot && probe.slot !== liveSlot) {
      log.warning(
        `The record says slot ${liveSlot} is live, the status-command says ${probe.slot}: going by the status-command`,
      );
    }
    liveSlot = probe.slot;
  }
  const resuming = own?.inProgress ? own : undefined;
  const slot =
    settings.strategy === 'blue-green'
      ? (resuming?.slot ?? idleSlot(settings.slots, liveSlot))
      : (liveSlot ?? settings.slots[0]);
  const environmentUrl = settings.environmentUrl ?? previous?.environmentUrl;
  const recordedSlot = settings.strategy === 'rolling' ? undefined : slot;

  if (!own && isAlreadyLive(settings, previous, probe)) {
    const kept = await keepUnchanged({
      record,
      settings,
      live: previous,
      adopted,
      run,
      statusOptions: { logUrl: run.runUrl, environmentUrl },
      strategyRun: {
        settings: { ...settings, environmentUrl },
        provider,
        verifier: request.verifier,
        log,
        timeline,
        previous: { version: previous.version, slot: liveSlot },
        slot: liveSlot ?? slot,
        reached: { phase: 'live', targets: [], switched: false, canaryWeight: 0 },
        progress: async () => undefined,
        rollback: false,
      },
    });
    if (kept) {
      return {
        status: 'success',
        deployment: kept,
        previous,
        slot: settings.strategy === 'rolling' ? '' : (previous.slot ?? slot),
        environmentUrl,
        timeline,
        resumed: `${version} was already live (deployment #${previous.id}): nothing was changed`,
        adopted: Boolean(adopted),
        alreadyDone: true,
      };
    }
  }

  const deployment =
    own ??
    adopted ??
    (await timeline.step('record', `deployment of ${version} to ${settings.environment}`, () =>
      record.create({
        ref: settings.commit || settings.ref,
        task: 'deploy',
        description: `Deploy ${version} to ${settings.environment} (${settings.strategy})`,
        production: settings.production,
        payload: buildPayload({
          version,
          commit: settings.commit,
          ref: settings.ref,
          strategy: settings.strategy,
          slot: recordedSlot,
          targets: settings.strategy === 'rolling' ? settings.targets : undefined,
          weights: settings.strategy === 'canary' ? settings.canaryWeights : undefined,
          artifacts: settings.artifacts,
          previous_deployment_id: previous?.id,
          previous_version: previous?.version,
          previous_slot: liveSlot,
          run_id: run.runId,
          run_attempt: run.runAttempt,
          run_url: run.runUrl,
          migration: settings.commands.migrate ? (settings.migration?.kind ?? 'expand') : undefined,
        }),
      }),
    ));
  if (own)
    timeline.note('record', `deployment #${own.id} from an earlier attempt of this run (${own.state})`);
  if (adopted) timeline.note('record', `adopted deployment #${adopted.id}, created for this job`);

  const statusOptions = { logUrl: run.runUrl, environmentUrl };
  const reached: Reached = { phase: 'deploying', targets: [], switched: false, canaryWeight: 0 };
  const strategyRun: StrategyRun = {
    settings: { ...settings, environmentUrl },
    provider,
    verifier: request.verifier,
    log,
    timeline,
    deploymentId: deployment.id,
    previous: { version: previous?.version, slot: liveSlot },
    slot,
    reached,
    progress: (phase, text) => {
      stopIfCancelled(request.signal, version);
      reached.phase = phase;
      return record.setStatus(deployment, 'in_progress', {
        ...statusOptions,
        description: describeStatus(version, text),
      });
    },
    resume: resuming?.phase,
    rollback: false,
    signal: request.signal,
  };

  let resumed: string | undefined;
  let migration: DeployResult['migration'];
  try {
    migration = await migrateBeforeTraffic(strategyRun, record, deployment, statusOptions);
  } catch (failure) {
    // Nothing reached the new version yet: the deploy stops here, with nothing to roll back.
    await record.setStatus(deployment, 'failure', {
      ...statusOptions,
      description: describeStatus(version, `failed: ${messageOf(failure)}`),
    });
    return {
      status: 'failure',
      deployment,
      previous,
      slot,
      environmentUrl,
      timeline,
      failure,
      adopted: Boolean(adopted),
      alreadyDone: false,
    };
  }
  try {
    const alreadyLive =
      resuming &&
      probe?.version === version &&
      trustworthy(probe, settings) &&
      (settings.strategy !== 'blue-green' || !probe.slot || probe.slot === slot);
    if (alreadyLive) {
      resumed = `${version} was already live (the ${probe.source} says so): the record is brought in line`;
      timeline.note('resume', resumed);
      await verifyEnvironment(strategyRun);
    } else {
      if (resuming)
        resumed = `finishing deployment #${resuming.id}, left ${resuming.phase ?? 'in progress'} by an earlier attempt`;
      await STRATEGY_RUNNERS[settings.strategy](strategyRun);
    }
  } catch (failure) {
    // Recovery is timed from the first failed answer, not from the end of the check that saw it.
    const detectedAt = (failure as { firstFailureAt?: number }).firstFailureAt ?? Date.now();
    const cancelled = Boolean(request.signal?.aborted);
    const reason = cancelled ? `the run was ${messageOf(request.signal?.reason)}` : messageOf(failure);
    const result = {
      deployment,
      previous,
      slot: recordedSlot ?? '',
      environmentUrl,
      timeline,
      failure: cancelled ? new DeployCancelled(reason) : failure,
      resumed,
      adopted: Boolean(adopted),
      alreadyDone: false,
      migration,
    };
    const canRollBack = settings.autoRollback && Boolean(previous?.version);
    if (cancelled && (!mayServe(reached, settings) || !canRollBack)) {
      const live = await recordCancelled({
        record,
        deployment,
        settings,
        provider,
        previousVersion: previous?.version,
        reached,
        statusOptions,
      });
      timeline.note('cancelled', live, false);
      return { ...result, status: 'cancelled' };
    }
    if (!settings.autoRollback || !previous?.version) {
      if (settings.autoRollback)
        timeline.note('rollback', 'no earlier good deployment to roll back to', false);
      await record.setStatus(deployment, 'failure', {
        ...statusOptions,
        description: describeStatus(version, `failed: ${reason}`),
      });
      return { ...result, status: 'failure' };
    }
    log.warning(`Deploying ${version} failed (${reason}); rolling back to ${previous.version}`);
    try {
      const rollback = await rollBack({
        record,
        settings: strategyRun.settings,
        bad: deployment,
        // With no migration to undo first, a switch back or a withdrawn canary comes before any record.
        restoreFirst: !provider.has('migrate'),
        target: previous,
        reason,
        reached,
        before: { id: previous.id, version: previous.version, slot: liveSlot },
        detectedAt,
        provider,
        verifier: request.verifier,
        log,
        timeline,
        run,
      });
      return { ...result, status: 'rolled-back', rollback, slot: recordedSlot ? rollback.plan.slot : '' };
    } catch (rollbackError) {
      await record.setStatus(deployment, 'failure', {
        ...statusOptions,
        description: describeStatus(version, `failed: ${reason}`),
      });
      return { ...result, status: 'failure', rollbackError };
    }
  }

  await record.setStatus(deployment, 'success', {
    ...statusOptions,
    description: describeStatus(
      version,
      recordedSlot ? `live on slot ${slot} (${settings.strategy})` : `live (${settings.strategy})`,
    ),
    autoInactive: true,
  });
  // GitHub marks older deployments inactive (auto_inactive); make sure of the one this replaced.
  if (previous && previous.id !== deployment.id) {
    const replaced = await record.get(previous.id);
    if (replaced.state === 'success') {
      const note = `replaced by ${version} (deployment #${deployment.id})`;
      await record.setStatus(replaced, 'inactive', {
        description: replaced.version ? describeStatus(replaced.version, note) : note,
      });
    }
  }
  return {
    status: 'success',
    deployment: await record.get(deployment.id),
    previous,
    slot: recordedSlot ?? '',
    environmentUrl,
    timeline,
    resumed,
    adopted: Boolean(adopted),
    alreadyDone: false,
    migration,
  };
}

/** The migrate-command, once per deployment, before any strategy moves traffic (and before rolling's first batch). */
async function migrateBeforeTraffic(
  run: StrategyRun,
  record: DeploymentRecord,
  deployment: RecordedDeployment,
  status: { logUrl: string; environmentUrl?: string },
): Promise<DeployResult['migration']> {
  if (!run.provider.has('migrate')) return undefined;
  const outcome = await migrateOnce(
    {
      record,
      deployment,
      provider: run.provider,
      log: run.log,
      timeline: run.timeline,
      context: commandContext(run, 'migrate'),
      status,
    },
    await record.get(deployment.id),
  );
  return outcome && { ...outcome.migration, ranNow: outcome.ranNow };
}
