/**
 * What undoes a bad deployment: the kind of rollback its strategy and progress call
 * for, and the provider commands that kind needs, checked before anything changes.
 */
import { InputError, inputProblem } from '../../kit/src/index.js';
import { commandInput, type Provider } from './provider.js';
import type { RecordedDeployment } from './record.js';
import { idleSlot } from './strategies/blue-green.js';
import type { DeploySettings, ProviderCommands, Reached, StrategyName } from './types.js';

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
