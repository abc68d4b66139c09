import { commandContext, verifyUnit, type StrategyOutcome, type StrategyRun } from './context.js';

/** Deploy in place, then verify. */
export async function deployDirect(run: StrategyRun): Promise<StrategyOutcome> {
  const { version, environment } = run.settings;
  await run.progress('deploying', `deploying (direct, slot ${run.slot})`);
  await run.timeline.step('deploy', `${version} to ${environment}`, () =>
    run.provider.step('deploy', `Deploy ${version} to ${environment}`, commandContext(run, 'deploy')),
  );
  run.reached.targets = [environment];
  await verifyUnit(run, environment, { slot: run.slot });
  return { slot: run.slot };
}
