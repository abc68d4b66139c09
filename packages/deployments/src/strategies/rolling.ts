import { commandContext, verifyUnit, type StrategyOutcome, type StrategyRun } from './context.js';

/** Splits targets into batches of `size` (or `size` percent of them, rounded up). */
export function batchesOf(targets: string[], size: number, percent: boolean): string[][] {
  const count = percent ? Math.max(1, Math.ceil((targets.length * size) / 100)) : Math.max(1, size);
  const batches: string[][] = [];
  for (let index = 0; index < targets.length; index += count)
    batches.push(targets.slice(index, index + count));
  return batches;
}

/**
 * Targets in batches: the targets of a batch are deployed side by side (their
 * output printed per target once they finish), then each is verified; the
 * first batch that fails stops the rollout.
 */
export async function deployRolling(
  run: StrategyRun,
  targets = run.settings.targets,
): Promise<StrategyOutcome> {
  const { version, batchSize, batchPercent } = run.settings;
  const batches = batchesOf(targets, batchSize, batchPercent);
  for (const [index, batch] of batches.entries()) {
    const label = `batch ${index + 1}/${batches.length}`;
    await run.progress('deploying', `deploying ${label} (${batch.join(', ')})`.slice(0, 120));
    await run.timeline.step('deploy', `${label}: ${batch.join(', ')}`, async () => {
      const results = await Promise.allSettled(
        batch.map((target) =>
          run.provider.run(
            'deploy',
            commandContext(run, 'deploy', { target, batch, batchNumber: index + 1 }),
            { capture: true },
          ),
        ),
      );
      for (const [position, result] of results.entries()) {
        const target = batch[position]!;
        const output =
          result.status === 'fulfilled' ? result.value.output : String(result.reason?.details?.output ?? '');
        await run.log.group(`Deploy ${version} to ${target}`, async () => {
          if (output.trim()) run.log.info(output.trimEnd());
          if (result.status === 'rejected')
            run.log.warning(`${target}: ${(result.reason as Error).message.split('\n')[0]}`);
        });
      }
      // Targets whose command ran are counted as changed, so a rollback covers them too.
      run.reached.targets.push(...batch);
      const failed = results.find((result) => result.status === 'rejected');
      if (failed) throw (failed as PromiseRejectedResult).reason;
    });
    const verifications = await Promise.allSettled(
      batch.map((target) => verifyUnit(run, `target ${target}`, { target, slot: run.slot })),
    );
    const failed = verifications.find((result) => result.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }
  return { slot: run.slot };
}
