import {
  checkLiveTraffic,
  commandContext,
  verifyEnvironment,
  verifyUnit,
  type StrategyOutcome,
  type StrategyRun,
} from './context.js';

/** The slot a blue-green deploy goes to: the one of the pair not serving traffic. */
export function idleSlot(slots: [string, string], liveSlot: string | undefined): string {
  return liveSlot === slots[0] ? slots[1] : slots[0];
}

/**
 * Deploy to the idle slot, verify it there, switch traffic, verify again through
 * the environment URL. The old slot keeps running the previous version, so a
 * rollback is one switch back.
 */
export async function deployBlueGreen(run: StrategyRun): Promise<StrategyOutcome> {
  const { version } = run.settings;
  const slot = run.slot;
  const from = run.previous.slot;
  if (run.resume === 'switching') {
    run.timeline.note('resume', `the last attempt was switching to slot ${slot}: switching again`);
  } else {
    await run.progress('deploying', `deploying to idle slot ${slot}`);
    await run.timeline.step('deploy', `${version} to idle slot ${slot}`, () =>
      run.provider.step(
        'deploy',
        `Deploy ${version} to slot ${slot}`,
        commandContext(run, 'deploy', { slot }),
      ),
    );
    await verifyUnit(run, `slot ${slot}`, { slot });
  }
  await run.progress('switching', `switching traffic to slot ${slot}`);
  run.reached.phase = 'switching';
  await run.timeline.step('switch', `${from ?? '(none)'} → ${slot}`, () =>
    run.provider.step('switch', `Switch traffic to slot ${slot}`, commandContext(run, 'switch', { slot })),
  );
  run.reached.switched = true;
  // A rollback's switch goes back to a slot that served until just now: verified, with patience.
  await (run.rollback ? verifyEnvironment(run) : checkLiveTraffic(run));
  return { slot };
}
