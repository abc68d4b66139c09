/**
 * The provider commands a rollback runs, by kind. A switch back and a withdrawn
 * canary put traffic on a version that still runs where it goes back to, so they
 * can run first, before anything is recorded: every API call made before them is
 * time users spend on the bad version.
 */
import type { RollbackKind, RollbackPlan } from './rollback-plan.js';
import { deployBlueGreen } from './strategies/blue-green.js';
import { CANARY_SLOT, promoteCanary, removeCanary } from './strategies/canary.js';
import { commandContext, verifyEnvironment, verifyUnit, type StrategyRun } from './strategies/context.js';
import { deployDirect } from './strategies/direct.js';
import { deployRolling } from './strategies/rolling.js';

/** Kinds whose one command puts traffic back on the good version. */
const AT_ONCE: ReadonlySet<RollbackKind> = new Set(['switch-back', 'withdraw-canary']);

export function restoresAtOnce(plan: RollbackPlan): boolean {
  return AT_ONCE.has(plan.kind);
}

/**
 * The one command that moves traffic back: the user's switch or traffic command, nothing before it.
 * `retries: 0` is the attempt made at once, before anything is recorded: a pause there would keep
 * users on the bad version, so a failure falls through to the recorded rollback, which retries.
 */
export async function moveTrafficBack(
  plan: RollbackPlan,
  run: StrategyRun,
  options: { retries?: number } = {},
): Promise<void> {
  if (plan.kind === 'switch-back') {
    await run.timeline.step('switch', `back to slot ${plan.slot}`, () =>
      run.provider.step(
        'switch',
        `Switch traffic back to slot ${plan.slot}`,
        commandContext(run, 'switch'),
        options,
      ),
    );
    return;
  }
  await run.timeline.step('traffic', 'canary at 0%', () =>
    run.provider.step(
      'traffic',
      'Send no traffic to the canary',
      commandContext(run, 'traffic', { slot: CANARY_SLOT, weight: 0 }),
      options,
    ),
  );
  run.reached.canaryWeight = 0;
}

async function reverseCanary(run: StrategyRun): Promise<void> {
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
}

/**
 * Carries out the plan. `trafficBack` says the command that moves traffic back
 * already ran (before the rollback was recorded): what is left is to tidy up and
 * verify.
 */
export async function execute(plan: RollbackPlan, run: StrategyRun, trafficBack = false): Promise<void> {
  switch (plan.kind) {
    case 'switch-back':
      if (!trafficBack) {
        await run.progress('switching', `switching traffic back to slot ${plan.slot}`);
        await moveTrafficBack(plan, run);
      }
      await verifyEnvironment(run);
      return;
    case 'withdraw-canary':
      if (!trafficBack) {
        await run.progress('canary', 'withdrawing the canary (at 0%)');
        await moveTrafficBack(plan, run);
      }
      await removeCanary(run);
      await verifyEnvironment(run);
      return;
    case 'redeploy-slot':
      await deployBlueGreen(run);
      return;
    case 'reverse-canary':
      await reverseCanary(run);
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
