/**
 * One deploy, start to finish: find what this run already did, wait for the
 * environment to be free, record the deployment (adopting the one GitHub made
 * for the job when there is one), run the strategy, and leave the record saying
 * what is live: success, or failure after an automatic rollback. The phases, in
 * order: pick up earlier work, take the environment's turn, look at what serves,
 * keep an unchanged version as it is, then record and carry out (deploy-run.ts).
 */
import { findAdoptable, ownEarlierAttempt, retireFreshDeployment } from './deploy-attempts.js';
import { carryOutDeploy, recordDeployment } from './deploy-run.js';
import type { DeployRequest, DeployResult, Situation } from './deploy-types.js';
import { probeLive } from './live.js';
import { waitForTurn } from './lock.js';
import { describeStatus } from './payload.js';
import type { RecordedDeployment } from './record.js';
import { idleSlot } from './strategies/blue-green.js';
import { Timeline } from './timeline.js';
import { isAlreadyLive, keepUnchanged } from './unchanged.js';

export { messageOf } from './deploy-recover.js';
export type { DeployRequest, DeployResult, DeployStatus } from './deploy-types.js';

/** This run already deployed the version: report it, warning when something newer replaced it since. */
async function doneByThisRun(
  request: DeployRequest,
  own: RecordedDeployment,
  timeline: Timeline,
): Promise<DeployResult> {
  const { record, settings, log } = request;
  timeline.note('record', `already deployed by this run: deployment #${own.id}`);
  const live = await record.live();
  if (live && live.id !== own.id) {
    log.warning(
      `Deployment #${own.id} of ${settings.version} has since been replaced by #${live.id} (${live.version ?? 'unknown version'})`,
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

/** What the provider commands are told before the deployment is recorded. */
function baseContext(request: DeployRequest) {
  const { settings } = request;
  return {
    version: settings.version,
    environment: settings.environment,
    strategy: settings.strategy,
    commit: settings.commit,
    ref: settings.ref,
    artifacts: settings.artifacts,
    environmentUrl: settings.environmentUrl,
    rollback: false,
  };
}

/**
 * One deployment at a time per environment. A deployment another run left in
 * progress and silent is settled: success when the provider shows its version live,
 * failure otherwise.
 */
async function takeTurn(
  request: DeployRequest,
  timeline: Timeline,
  ours: (deployment: RecordedDeployment) => boolean,
): Promise<void> {
  const { settings, record, run, provider, log } = request;
  await timeline.step('lock', `one deployment at a time in ${settings.environment}`, () =>
    waitForTurn({
      record,
      ours,
      timeoutMs: request.lock.timeoutMs,
      staleAfterMs: request.lock.staleAfterMs,
      pollMs: request.lock.pollMs,
      log,
      settle: async (stale) => {
        const probe = await probeLive(provider, settings, baseContext(request));
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
        const staleSince = new Date(stale.lastActivity).toISOString();
        const note = `stale: no update since ${staleSince}; marked failed by run ${run.runId}`;
        await record.setStatus(stale, 'failure', {
          description: stale.version ? describeStatus(stale.version, note) : note,
        });
        return 'marked failure';
      },
    }),
  );
}

/**
 * What serves now, by the record and by the provider (the status-command wins over
 * the record on the live slot), and so where the new version goes.
 */
async function lookAround(
  request: DeployRequest,
  timeline: Timeline,
  earlier: Pick<Situation, 'own' | 'adopted'>,
): Promise<Situation> {
  const { settings, record, provider, log } = request;
  record.forget();
  const previous = await record.live();
  const probe = await probeLive(provider, settings, {
    ...baseContext(request),
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
  const resuming = earlier.own?.inProgress ? earlier.own : undefined;
  const slot =
    settings.strategy === 'blue-green'
      ? (resuming?.slot ?? idleSlot(settings.slots, liveSlot))
      : (liveSlot ?? settings.slots[0]);
  return {
    request,
    timeline,
    ...earlier,
    resuming,
    previous,
    probe,
    liveSlot,
    slot,
    recordedSlot: settings.strategy === 'rolling' ? undefined : slot,
    environmentUrl: settings.environmentUrl ?? previous?.environmentUrl,
  };
}

/** The version asked for is live already: verified where it serves and recorded again, nothing changed. */
async function keepIfUnchanged(situation: Situation): Promise<DeployResult | undefined> {
  const { request, previous, probe, liveSlot, slot, environmentUrl, timeline, adopted } = situation;
  const { settings, record, run } = request;
  if (situation.own || !isAlreadyLive(settings, previous, probe)) return undefined;
  const kept = await keepUnchanged({
    record,
    settings,
    live: previous,
    adopted,
    run,
    statusOptions: { logUrl: run.runUrl, environmentUrl },
    strategyRun: {
      settings: { ...settings, environmentUrl },
      provider: request.provider,
      verifier: request.verifier,
      log: request.log,
      timeline,
      previous: { version: previous.version, slot: liveSlot },
      slot: liveSlot ?? slot,
      reached: { phase: 'live', targets: [], switched: false, canaryWeight: 0 },
      progress: async () => undefined,
      rollback: false,
    },
  });
  if (!kept) return undefined;
  return {
    status: 'success',
    deployment: kept,
    previous,
    slot: settings.strategy === 'rolling' ? '' : (previous.slot ?? slot),
    environmentUrl,
    timeline,
    resumed: `${settings.version} was already live (deployment #${previous.id}): nothing was changed`,
    adopted: Boolean(adopted),
    alreadyDone: true,
  };
}

export async function deploy(request: DeployRequest): Promise<DeployResult> {
  const { record, run } = request;
  const timeline = new Timeline();
  record.forget();
  const own = await ownEarlierAttempt(record, run.runId, request.settings.version);
  if (own?.state === 'success') return doneByThisRun(request, own, timeline);
  const adopted = own ? undefined : await findAdoptable(record, request);
  if (own) await retireFreshDeployment(record, request, own);
  await takeTurn(
    request,
    timeline,
    (deployment) =>
      deployment.id === own?.id || deployment.id === adopted?.id || deployment.belongsToRun(run.runId),
  );
  const situation = await lookAround(request, timeline, { own, adopted });
  const kept = await keepIfUnchanged(situation);
  if (kept) return kept;
  const deployment = await recordDeployment(situation);
  return carryOutDeploy(situation, deployment);
}
