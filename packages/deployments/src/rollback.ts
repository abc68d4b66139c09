/**
 * Putting an environment back on its last good version. deploy-env calls this
 * directly for auto-rollback; the rollback action calls it after finding what to
 * undo. What is done depends on the strategy and on how far the bad deployment
 * got: a switch back (blue-green), the canary withdrawn, or the good version's
 * artifacts deployed again with the same commands. The phases: plan, move traffic
 * back at once where one command does it, record the rollback deployment, carry
 * out the rest of the plan, record the outcome.
 */
import { ReleaseError } from '../../kit/src/index.js';
import {
  checkMigrationRollback,
  undoBeforeTraffic,
  undoMigrationOnce,
  type MigrationRecord,
} from './migration.js';
import type { RecordedDeployment } from './record.js';
import { describeImpact, exposureStart } from './rollback-impact.js';
import { checkRollbackCommands, planRollback } from './rollback-plan.js';
import { badStatus, recordFailure, recordRollback, recordSuccess, reportTo } from './rollback-record.js';
import { execute, moveTrafficBack, restoresAtOnce } from './rollback-steps.js';
import type { Rollback, RollbackInput, RollbackOutcome } from './rollback-types.js';
import { commandContext, type StrategyRun } from './strategies/context.js';
import { Timeline } from './timeline.js';
import type { DeploySettings, StrategyName } from './types.js';

export * from './rollback-plan.js';
export type { RollbackInput, RollbackOutcome } from './rollback-types.js';
export { describeImpact } from './rollback-impact.js';
export { findRollback } from './rollback-find.js';

/** Settings for deploying the good version again: its version, commit and artifacts, not the bad one's. */
function settingsFor(
  settings: DeploySettings,
  target: RecordedDeployment,
  strategy: StrategyName,
): DeploySettings {
  const version = target.version ?? '';
  return {
    ...settings,
    version,
    strategy,
    commit: target.payload?.commit || target.sha,
    ref: target.payload?.ref || target.ref,
    artifacts: target.payload?.artifacts ?? [],
    environmentUrl: settings.environmentUrl ?? target.environmentUrl,
  };
}

function prepare(input: RollbackInput): Rollback {
  const { bad, target } = input;
  const to = target.version;
  if (!to)
    throw new ReleaseError(
      'ENOVERSION',
      `Deployment #${target.id} does not record a version to roll back to`,
    );
  const timeline = input.timeline ?? new Timeline();
  const plan = planRollback(bad, target, input.settings, input.reached, input.before);
  const settings = settingsFor(input.settings, target, plan.strategy);
  checkRollbackCommands(plan, input.provider);
  const run: StrategyRun = {
    settings,
    provider: input.provider,
    verifier: input.verifier,
    log: input.log,
    timeline,
    previous: { version: bad.version, slot: bad.slot ?? settings.slots[0] },
    slot: plan.slot,
    reached: { phase: 'deploying', targets: [], switched: false, canaryWeight: 0 },
    progress: async () => undefined,
    rollback: true,
  };
  return {
    input,
    plan,
    settings,
    timeline,
    from: bad.version ?? `deployment #${bad.id}`,
    to,
    started: Date.now(),
    firstStep: timeline.steps.length,
    exposedSince: exposureStart(bad, timeline, input.reached),
    run,
  };
}

function outcome(
  rollback: Rollback,
  deployment: RecordedDeployment | undefined,
  restoredAt: number,
  alreadyDone = false,
): RollbackOutcome {
  const { input, plan, from, to, started, exposedSince } = rollback;
  return {
    from,
    to,
    plan,
    deployment,
    restoredMs: Math.max(0, restoredAt - (input.detectedAt ?? started)),
    restoredFrom: input.detectedAt ? 'the first failed answer' : 'the start of the rollback',
    durationMs: Date.now() - started,
    timeline: rollback.timeline,
    alreadyDone,
    reason: input.reason,
    impact: describeImpact(
      plan,
      from,
      input.reached,
      exposedSince === undefined ? undefined : restoredAt - exposedSince,
    ),
  };
}

/** The rest of the plan, with the bad release's migration undone before or after traffic moves. */
async function carryOut(
  rollback: Rollback,
  deployment: RecordedDeployment,
  migrationToUndo: MigrationRecord | undefined,
  trafficBack: boolean,
): Promise<MigrationRecord | undefined> {
  const { input, run } = rollback;
  const undoMigration = async () =>
    migrationToUndo &&
    undoMigrationOnce(
      {
        record: input.record,
        deployment,
        provider: input.provider,
        log: input.log,
        timeline: rollback.timeline,
        context: commandContext(run, 'migrate-rollback'),
        status: { logUrl: input.run.runUrl, environmentUrl: rollback.settings.environmentUrl },
      },
      migrationToUndo,
    );
  if (undoBeforeTraffic(input.bad.payload?.migration)) {
    const migration = await undoMigration();
    await execute(rollback.plan, run, trafficBack);
    return migration;
  }
  await execute(rollback.plan, run, trafficBack);
  return undoMigration();
}

/**
 * The move back before anything is recorded: one attempt, no pause. When it fails, the
 * rollback is recorded as usual and the move is made again as part of it, with the
 * user's retries, so a failure there is recorded.
 */
async function tryTrafficBack(rollback: Rollback): Promise<boolean> {
  try {
    await moveTrafficBack(rollback.plan, rollback.run, { retries: 0 });
    return true;
  } catch (thrown) {
    rollback.input.log.warning(
      `Moving traffic back at once failed (${thrown instanceof Error ? thrown.message : String(thrown)}); trying again as part of the recorded rollback`,
    );
    return false;
  }
}

export async function rollBack(input: RollbackInput): Promise<RollbackOutcome> {
  const { record } = input;
  const rollback = prepare(input);
  const { plan } = rollback;
  const trafficBack = Boolean(input.restoreFirst && restoresAtOnce(plan)) && (await tryTrafficBack(rollback));
  const bad = input.restoreFirst ? await record.get(input.bad.id) : input.bad;
  const migrationToUndo = checkMigrationRollback(bad, rollback.to, input.provider);
  input.log.info(
    `Rolling ${record.environment} back from ${rollback.from} to ${rollback.to}: ${plan.summary}`,
  );
  if (plan.kind === 'nothing' && !migrationToUndo) {
    rollback.timeline.note('rollback', plan.summary);
    await record.setStatus(bad, 'failure', { description: badStatus(rollback) });
    return outcome(rollback, undefined, Date.now());
  }
  const { deployment, done } = await recordRollback(rollback, bad);
  if (done) {
    rollback.timeline.note('rollback', `already done by deployment #${deployment.id}`);
    return outcome(rollback, deployment, deployment.statuses[0]!.createdAt, true);
  }
  await reportTo(rollback, deployment);
  let migration: MigrationRecord | undefined;
  try {
    migration = await carryOut(rollback, deployment, migrationToUndo, trafficBack);
  } catch (thrown) {
    return recordFailure(rollback, deployment, thrown);
  }
  const restoredAt = await recordSuccess(rollback, bad, deployment);
  return { ...outcome(rollback, await record.get(deployment.id), restoredAt), migration };
}
