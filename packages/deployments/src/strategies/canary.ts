import { formatDuration } from '../../../kit/src/index.js';
import { fillTemplate } from '../verify.js';
import {
  checkLiveTraffic,
  commandContext,
  VerificationFailure,
  verifyEnvironment,
  verifyUnit,
  type StrategyOutcome,
  type StrategyRun,
} from './context.js';

/** The slot name the canary runs under (RELEASE_SLOT for its deploy, traffic and remove commands). */
export const CANARY_SLOT = 'canary';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The URL analysed while the canary takes traffic: analysis-url, else the first verify-url for slot `canary`. */
export function analysisUrl(run: StrategyRun): string | undefined {
  const template = run.settings.analysis.url ?? run.settings.verify.urls[0];
  if (!template) return undefined;
  return fillTemplate(template, {
    slot: CANARY_SLOT,
    version: run.settings.version,
    environment: run.settings.environment,
  });
}

/**
 * Where the stable version is asked while the canary is analysed, request for request:
 * analysis-baseline-url, else (sequential analysis) the analysed URL's template for the
 * stable slot when it names {slot}. Judged against the stable version at the same moment, noise both
 * versions share (a busy machine, a slow network) cannot fail the canary.
 */
export function stableUrl(run: StrategyRun): string | undefined {
  const { analysis, verify } = run.settings;
  // The fixed window keeps judging the canary on its own unless a baseline is named.
  const sameTemplate = analysis.mode === 'fixed' ? undefined : (analysis.url ?? verify.urls[0]);
  const template = analysis.baselineUrl ?? (sameTemplate?.includes('{slot}') ? sameTemplate : undefined);
  if (!template || !run.previous.version) return undefined;
  return fillTemplate(template, {
    slot: run.slot,
    version: run.previous.version,
    environment: run.settings.environment,
  });
}

async function analyseAt(run: StrategyRun, weight: number): Promise<void> {
  const { analysis } = run.settings;
  if (analysis.pauseMs > 0) {
    await run.timeline.step('pause', formatDuration(analysis.pauseMs), () => sleep(analysis.pauseMs));
  }
  const onTraffic = Boolean(analysis.prometheus && run.previous.version);
  const url = onTraffic ? `Prometheus ${analysis.prometheus!.url}` : analysisUrl(run);
  if (!url) {
    run.timeline.note('analysis', `canary at ${weight}%: no analysis-url or verify-url, not analysed`);
    return;
  }
  const label = `canary at ${weight}%`;
  await run.timeline.step('analysis', `${label}: ${url}`, async () => {
    const baselineUrl = stableUrl(run);
    const report = await run.verifier.analyse({
      label,
      url,
      baselineUrl,
      settings: analysis,
      signal: run.signal,
      version: run.settings.version,
      stableVersion: run.previous.version,
    });
    run.timeline.analyses.push({ weight, label, report });
    const figures =
      `${report.samples} requests, error rate ${(report.errorRate * 100).toFixed(2)}%, ` +
      `p95 ${Math.round(report.latencyMs.p95)} ms`;
    if (!report.passed) {
      throw new VerificationFailure(
        `analysis of the ${label} failed (${figures}): ${report.reasons.join('; ')}`,
        report,
      );
    }
    run.log.info(`Analysis of the ${label} passed: ${figures}`);
  });
}

async function setWeight(run: StrategyRun, weight: number): Promise<void> {
  await run.timeline.step('traffic', `canary at ${weight}%`, () =>
    run.provider.step(
      'traffic',
      `Send ${weight}% of traffic to the canary`,
      commandContext(run, 'traffic', { slot: CANARY_SLOT, weight }),
    ),
  );
  run.reached.canaryWeight = weight;
}

/**
 * Promotion: all traffic on the canary, the new version deployed onto the
 * stable slot and verified there, traffic back to the stable slot, canary
 * removed. Traffic never rests on an instance being replaced.
 */
export async function promoteCanary(run: StrategyRun): Promise<void> {
  const stable = run.slot;
  await run.progress('promoting', `promoting the canary onto slot ${stable}`);
  run.reached.phase = 'promoting';
  if (run.reached.canaryWeight !== 100) await setWeight(run, 100);
  await run.timeline.step('promote', `${run.settings.version} onto slot ${stable}`, () =>
    run.provider.step(
      'deploy',
      `Deploy ${run.settings.version} to slot ${stable}`,
      commandContext(run, 'promote', { slot: stable }),
    ),
  );
  await verifyUnit(run, `slot ${stable}`, { slot: stable });
  await setWeight(run, 0);
  await removeCanary(run);
  await (run.rollback ? verifyEnvironment(run) : checkLiveTraffic(run));
}

export async function removeCanary(run: StrategyRun): Promise<void> {
  if (!run.provider.has('remove')) {
    run.timeline.note('remove', 'no remove-command: the canary stays, without traffic');
    return;
  }
  await run.timeline.step('remove', 'canary', () =>
    run.provider.step('remove', 'Remove the canary', commandContext(run, 'remove', { slot: CANARY_SLOT })),
  );
}

/** Deploy the canary, then each weight with an analysis before the next, then promote. */
export async function deployCanary(run: StrategyRun): Promise<StrategyOutcome> {
  const { version, canaryWeights } = run.settings;
  if (run.resume === 'promoting') {
    run.timeline.note('resume', 'the last attempt was promoting the canary: promoting again');
  } else {
    await run.progress('deploying', 'deploying the canary');
    await run.timeline.step('deploy', `${version} as the canary`, () =>
      run.provider.step(
        'deploy',
        `Deploy ${version} as the canary`,
        commandContext(run, 'deploy', { slot: CANARY_SLOT }),
      ),
    );
    await verifyUnit(run, 'the canary', { slot: CANARY_SLOT });
    for (const weight of canaryWeights) {
      await run.progress('canary', `canary at ${weight}%`);
      run.reached.phase = 'canary';
      await setWeight(run, weight);
      if (weight < 100) await analyseAt(run, weight);
    }
  }
  await promoteCanary(run);
  return { slot: run.slot };
}
