/**
 * Putting an environment back on its last good version. deploy-env calls this
 * directly for auto-rollback; the rollback action calls it after finding what to
 * undo. What is done depends on the strategy and on how far the bad deployment
 * got: a switch back (blue-green), the canary withdrawn, or the good version's
 * artifacts deployed again with the same commands.
 */
import { InputError, inputProblem, ReleaseError, formatDuration } from '../../kit/src/index.js';
import {
  checkMigrationRollback,
  undoBeforeTraffic,
  undoMigrationOnce,
  type MigrationRecord,
} from './migration.js';
import { buildPayload, describeStatus } from './payload.js';
import { commandInput, type Provider } from './provider.js';
import type { DeploymentRecord, RecordedDeployment } from './record.js';
import { deployBlueGreen, idleSlot } from './strategies/blue-green.js';
import { CANARY_SLOT, promoteCanary, removeCanary } from './strategies/canary.js';
import { commandContext, verifyEnvironment, verifyUnit, type StrategyRun } from './strategies/context.js';
import { deployDirect } from './strategies/direct.js';
import { deployRolling } from './strategies/rolling.js';
import { Timeline } from './timeline.js';
import type {
  DeployLog,
  DeploySettings,
  ProviderCommands,
  Reached,
  RunInfo,
  StrategyName,
  Verifier,
} from './types.js';

export type RollbackKind =
  | 'switch-back'
  | 'redeploy-slot'
  | 'withdraw-canary'
  | 'reverse-canary'
  | 'redeploy'
  | 'redeploy-targets'
  | 'nothing';

/** The provider commands each kind of rollback runs. */
export const ROLLBACK_COMMANDS: Record<RollbackKind, Array<keyof ProviderCommands>> = {
  'switch-back': ['switch'],
  'redeploy-slot': ['deploy', 'switch'],
  'withdraw-canary': ['traffic'],
  'reverse-canary': ['deploy', 'traffic'],
  redeploy: ['deploy'],
  'redeploy-targets': ['deploy'],
  nothing: [],
};

/** Refuses, before anything changes, a rollback whose commands are not set. */
export function checkRollbackCommands(plan: RollbackPlan, provider: Pick<Provider, 'has'>): void {
  const missing = ROLLBACK_COMMANDS[plan.kind].filter((kind) => !provider.has(kind));
  if (missing.length === 0) return;
  throw new InputError(
    missing.map((kind) =>
      inputProblem(
        commandInput(kind),
        '',
        `a command (rolling back this ${plan.strategy} deployment means: ${plan.summary})`,
      ),
    ),
  );
}

/** What served the environment before the bad deployment, when its payload cannot say (an adopted one). */
export interface PreviouslyLive {
  id?: number;
  version?: string;
  slot?: string;
}

export interface RollbackPlan {
  kind: RollbackKind;
  strategy: StrategyName;
  /** The slot serving traffic once the rollback is done. */
  slot: string;
  targets: string[];
  /** In plain words, for the log and the report. */
  summary: string;
}

/**
 * Decides what undoes `bad`. `reached` is what deploy-env saw happen; a
 * standalone rollback reads the same from the record (statuses and payload).
 */
export function planRollback(
  bad: RecordedDeployment,
  target: RecordedDeployment,
  settings: Pick<DeploySettings, 'slots' | 'targets' | 'strategy'>,
  reached?: Reached,
  before: PreviouslyLive = {},
): RollbackPlan {
  const strategy = bad.strategy ?? settings.strategy;
  const badSlot = bad.slot ?? settings.slots[0];
  const phase = reached?.phase ?? bad.phase;
  const wentLive = bad.everSucceeded || phase === 'live';
  const previousId = bad.payload?.previous_deployment_id ?? before.id;
  const previousVersion = bad.payload?.previous_version ?? before.version;
  const wasLiveBefore =
    previousId === target.id || (previousVersion !== undefined && previousVersion === target.version);
  const base = { strategy, slot: badSlot, targets: [] as string[] };

  if (strategy === 'blue-green') {
    const switched = reached
      ? reached.switched || reached.phase === 'switching'
      : wentLive || phase === 'switching';
    const previousSlot = bad.payload?.previous_slot ?? before.slot;
    if (!switched && wasLiveBefore) {
      return {
        ...base,
        kind: 'nothing',
        slot: previousSlot ?? idleSlot(settings.slots, badSlot),
        summary: `traffic never left ${target.version}`,
      };
    }
    if (switched && wasLiveBefore && previousSlot && previousSlot !== badSlot) {
      return {
        ...base,
        kind: 'switch-back',
        slot: previousSlot,
        summary: `switch traffic back to slot ${previousSlot}, which still runs ${target.version}`,
      };
    }
    const slot = switched ? idleSlot(settings.slots, badSlot) : badSlot;
    return {
      ...base,
      kind: 'redeploy-slot',
      slot,
      summary: `deploy ${target.version} to slot ${slot}, verify it, switch traffic to it`,
    };
  }

  if (strategy === 'canary') {
    const promoted = wentLive || phase === 'promoting';
    if (!promoted && wasLiveBefore) {
      return {
        ...base,
        kind: 'withdraw-canary',
        summary: `canary weight 0 and canary removed: slot ${badSlot} still runs ${target.version}`,
      };
    }
    return {
      ...base,
      kind: 'reverse-canary',
      summary: `${target.version} as a canary at 100%, then onto slot ${badSlot}`,
    };
  }

  if (strategy === 'rolling') {
    const targets = reached ? reached.targets : (bad.payload?.targets ?? settings.targets);
    if (targets.length === 0) return { ...base, kind: 'nothing', summary: 'no target had been changed' };
    return {
      ...base,
      kind: 'redeploy-targets',
      targets,
      summary: `deploy ${target.version} again to ${targets.join(', ')}`,
    };
  }

  return { ...base, kind: 'redeploy', summary: `deploy ${target.version} again` };
}

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

/** The step whose end means traffic is back on the good version. */
const RESTORING_STEP: Record<RollbackKind, (step: { name: string; detail: string }) => boolean> = {
  'switch-back': (step) => step.name === 'switch',
  'redeploy-slot': (step) => step.name === 'switch',
  'withdraw-canary': (step) => step.name === 'traffic',
  'reverse-canary': (step) => step.name === 'traffic' && step.detail.includes('100%'),
  redeploy: (step) => step.name === 'deploy',
  'redeploy-targets': (step) => step.name === 'deploy',
  nothing: () => false,
};

async function execute(plan: RollbackPlan, run: StrategyRun): Promise<void> {
  switch (plan.kind) {
    case 'switch-back':
      await run.progress('switching', `switching traffic back to slot ${plan.slot}`);
      await run.timeline.step('switch', `back to slot ${plan.slot}`, () =>
        run.provider.step(
          'switch',
          `Switch traffic back to slot ${plan.slot}`,
          commandContext(run, 'switch'),
        ),
      );
      await verifyEnvironment(run);
      return;
    case 'redeploy-slot':
      await deployBlueGreen(run);
      return;
    case 'withdraw-canary':
      await run.progress('canary', 'withdrawing the canary (at 0%)');
      await run.timeline.step('traffic', 'canary at 0%', () =>
        run.provider.step(
          'traffic',
          'Send no traffic to the canary',
          commandContext(run, 'traffic', { slot: CANARY_SLOT, weight: 0 }),
        ),
      );
      run.reached.canaryWeight = 0;
      await removeCanary(run);
      await verifyEnvironment(run);
      return;
    case 'reverse-canary':
      await run.progress('deploying', `deploying ${run.settings.version} as the canary`);
      await run.timeline.step('deploy', `${run.settings.version} as the canary`, () =>
        run.provider.step(
          'deploy',
          `Deploy ${run.settings.version} as the canary`,
          commandContext(run, 'deploy', { slot: CANARY_SLOT }),
        ),
      );
      await verifyUnit(run, 'the canary', { slot: CANARY_SLOT });
      await promoteCanary(run);
      return;
    case 'redeploy-targets':
      await deployRolling(run, plan.targets);
      return;
    case 'redeploy':
      await deployDirect(run);
      return;
    case 'nothing':
      return;
  }
}

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

/** When the bad version started taking traffic: from this run's steps, else its first success status. */
function exposureStart(bad: RecordedDeployment, timeline: Timeline, reached?: Reached): number | undefined {
  if (reached) {
    const first = timeline.steps.find(
      (step) =>
        step.ok &&
        ((step.name === 'traffic' && !step.detail.includes(' 0%')) ||
          step.name === 'switch' ||
          step.name === 'deploy') &&
        !(step.name === 'deploy' && (bad.strategy === 'blue-green' || bad.strategy === 'canary')),
    );
    return first?.startedAt;
  }
  return bad.statuses.filter((status) => status.state === 'success').at(-1)?.createdAt;
}

export function describeImpact(
  plan: RollbackPlan,
  from: string,
  reached: Reached | undefined,
  exposedMs?: number,
): string[] {
  const during = exposedMs !== undefined && exposedMs > 0 ? ` for ${formatDuration(exposedMs)}` : '';
  if (plan.kind === 'nothing') return [`No traffic reached ${from}`];
  const lines: string[] = [];
  if (reached) {
    if (plan.strategy === 'canary') {
      const peak = Math.max(reached.canaryWeight, reached.phase === 'promoting' ? 100 : 0);
      lines.push(
        peak > 0
          ? `The canary (${from}) took up to ${peak}% of requests${during}`
          : `No traffic reached ${from}`,
      );
    } else if (plan.strategy === 'blue-green') {
      lines.push(
        reached.switched
          ? `All traffic went to ${from}${during}`
          : `Traffic may have been switching to ${from}`,
      );
    } else if (plan.strategy === 'rolling') {
      lines.push(`${reached.targets.length} target(s) ran ${from}${during}: ${reached.targets.join(', ')}`);
    } else {
      lines.push(`${from} was deployed in place${during}`);
    }
  } else {
    lines.push(`${from} served the environment${during}`);
  }
  return lines;
}

export async function rollBack(input: RollbackInput): Promise<RollbackOutcome> {
  const { record, bad, target, run, log } = input;
  const timeline = input.timeline ?? new Timeline();
  const started = Date.now();
  const from = bad.version ?? `deployment #${bad.id}`;
  const to = target.version;
  if (!to)
    throw new ReleaseError(
      'ENOVERSION',
      `Deployment #${target.id} does not record a version to roll back to`,
    );
  const plan = planRollback(bad, target, input.settings, input.reached, input.before);
  const settings = settingsFor(input.settings, target, plan.strategy);
  const exposedSince = exposureStart(bad, timeline, input.reached);
  const outcome = (
    deployment: RecordedDeployment | undefined,
    restoredAt: number,
    alreadyDone = false,
  ): RollbackOutcome => ({
    from,
    to,
    plan,
    deployment,
    restoredMs: Math.max(0, restoredAt - (input.detectedAt ?? started)),
    restoredFrom: input.detectedAt ? 'the first failed answer' : 'the start of the rollback',
    durationMs: Date.now() - started,
    timeline,
    alreadyDone,
    reason: input.reason,
    impact: describeImpact(
      plan,
      from,
      input.reached,
      exposedSince === undefined ? undefined : restoredAt - exposedSince,
    ),
  });
  const badStatus = describeStatus(from, `rolled back to ${to}: ${input.reason}`);

  checkRollbackCommands(plan, input.provider);
  const migrationToUndo = checkMigrationRollback(bad, to, input.provider);
  log.info(`Rolling ${record.environment} back from ${from} to ${to}: ${plan.summary}`);
  if (plan.kind === 'nothing' && !migrationToUndo) {
    timeline.note('rollback', plan.summary);
    await record.setStatus(bad, 'failure', { description: badStatus });
    return outcome(undefined, Date.now());
  }

  // A re-run finds the rollback this run already recorded, and finishes it instead of starting another.
  let deployment = await record.findRecent(
    (candidate) => candidate.payload?.rollback_of === bad.id && candidate.belongsToRun(run.runId),
  );
  // Done only while it is still what serves: a later deploy of the bad version undoes it.
  if (deployment?.state === 'success' && (await record.live())?.id === deployment.id) {
    timeline.note('rollback', `already done by deployment #${deployment.id}`);
    return outcome(deployment, deployment.statuses[0]!.createdAt, true);
  }
  if (deployment && !deployment.inProgress) deployment = undefined;
  deployment ??= await timeline.step('record', `rollback deployment of ${to}`, () =>
    record.create({
      ref: target.sha || target.ref,
      task: 'deploy:rollback',
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
  const rollbackDeployment = deployment;
  const environmentUrl = settings.environmentUrl;
  await record.setStatus(rollbackDeployment, 'in_progress', {
    description: describeStatus(to, `rolling back from ${from}: ${plan.summary}`),
    logUrl: run.runUrl,
    environmentUrl,
  });
  const strategyRun: StrategyRun = {
    settings,
    provider: input.provider,
    verifier: input.verifier,
    log,
    timeline,
    deploymentId: rollbackDeployment.id,
    previous: { version: bad.version, slot: bad.slot ?? settings.slots[0] },
    slot: plan.slot,
    reached: { phase: 'deploying', targets: [], switched: false, canaryWeight: 0 },
    progress: (_phase, text) =>
      record.setStatus(rollbackDeployment, 'in_progress', {
        description: describeStatus(to, `rollback: ${text}`),
        logUrl: run.runUrl,
        environmentUrl,
      }),
    rollback: true,
  };
  const firstStep = timeline.steps.length;
  let migration: MigrationRecord | undefined;
  const undoMigration = async () => {
    if (!migrationToUndo) return;
    migration = await undoMigrationOnce(
      {
        record,
        deployment: rollbackDeployment,
        provider: input.provider,
        log,
        timeline,
        context: commandContext(strategyRun, 'migrate-rollback'),
        status: { logUrl: run.runUrl, environmentUrl },
      },
      migrationToUndo,
    );
  };
  const migrationFirst = undoBeforeTraffic(bad.payload?.migration);
  try {
    if (migrationFirst) await undoMigration();
    await execute(plan, strategyRun);
    if (!migrationFirst) await undoMigration();
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    await record.setStatus(rollbackDeployment, 'failure', {
      description: describeStatus(to, `rollback failed: ${message}`),
      logUrl: run.runUrl,
      environmentUrl,
    });
    throw new ReleaseError('EROLLBACK', `Rolling ${record.environment} back to ${to} failed: ${message}`, {
      cause: thrown,
      hint: `${record.environment} may be serving ${from} or a mix; check it and run rollback again once the cause is fixed.`,
    });
  }
  const restoring = timeline.steps.slice(firstStep).find(RESTORING_STEP[plan.kind]);
  const restoredAt = restoring ? restoring.startedAt + restoring.durationMs : Date.now();
  await record.setStatus(bad, 'failure', { description: badStatus });
  await record.setStatus(rollbackDeployment, 'success', {
    description: describeStatus(
      to,
      plan.strategy === 'rolling'
        ? `live (rolled back from ${from})`
        : `live on slot ${plan.slot} (rolled back from ${from})`,
    ),
    logUrl: run.runUrl,
    environmentUrl,
    autoInactive: true,
  });
  return { ...outcome(await record.get(rollbackDeployment.id), restoredAt), migration };
}

/** What a standalone rollback undoes and where it goes back to. */
export async function findRollback(
  record: DeploymentRecord,
  options: { deploymentId?: number; to?: string },
): Promise<{ bad: RecordedDeployment; target: RecordedDeployment }> {
  record.forget();
  let bad: RecordedDeployment | undefined;
  if (options.deploymentId) {
    bad = await record.get(options.deploymentId);
    if (bad.environment !== record.environment) {
      throw new ReleaseError(
        'EDEPLOYMENT',
        `Deployment #${bad.id} belongs to ${bad.environment}, not ${record.environment}`,
      );
    }
  } else {
    bad = await record.find((deployment) => deployment.state !== 'inactive');
  }
  if (!bad) {
    throw new ReleaseError('ENOGOOD', `${record.environment} has no deployment to roll back`, {
      hint: 'Nothing was changed.',
    });
  }
  const current = bad;
  if (options.to && current.good && current.version === options.to) {
    throw new ReleaseError(
      'EALREADY',
      `${record.environment} is already on ${options.to} (deployment #${current.id})`,
      {
        hint: 'Nothing was changed.',
      },
    );
  }
  const target = await record.find((deployment) => {
    if (deployment.id >= current.id) return false;
    if (options.to) return deployment.version === options.to && deployment.everSucceeded;
    return deployment.good && deployment.version !== undefined && deployment.version !== current.version;
  });
  if (!target) {
    const what = options.to
      ? `no successful deployment of ${options.to} to ${record.environment}`
      : `no earlier good deployment of ${record.environment} with a version other than ${current.version ?? 'the current one'}`;
    throw new ReleaseError('ENOGOOD', `Cannot roll back: ${what}`, {
      hint: 'Nothing was changed. Name a version that was deployed there with the input "to", or deploy a fix instead.',
    });
  }
  return { bad: current, target };
}
