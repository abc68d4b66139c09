/** What every strategy is given, and the steps they share (command context, verification). */
import type { AnalysisReport } from '../../../checks/src/index.js';
import { ReleaseError } from '../../../kit/src/index.js';
import type { CommandContext, Operation, Provider } from '../provider.js';
import type { Timeline } from '../timeline.js';
import type { DeployLog, DeploySettings, Phase, Reached, Verifier } from '../types.js';
import { fillTemplate, type TemplateValues } from '../verify.js';

export interface StrategyRun {
  settings: DeploySettings;
  provider: Provider;
  verifier: Verifier;
  log: DeployLog;
  timeline: Timeline;
  deploymentId?: number;
  /** What served the environment before: its version and slot. */
  previous: { version?: string; slot?: string };
  /** The slot this deployment goes live on, planned before the deployment was recorded. */
  slot: string;
  reached: Reached;
  /** Records the phase in the deployment's status before the change it names is made. */
  progress(phase: Phase, text: string): Promise<void>;
  /** The phase a crashed attempt had reached, when this run finishes its work. */
  resume?: Phase;
  rollback: boolean;
  /** Aborted when the run is cancelled: checks and analyses stop, no new step starts. */
  signal?: AbortSignal;
}

export interface StrategyOutcome {
  slot: string;
}

/** Verification or analysis said no: the reason auto-rollback acts on. */
export class VerificationFailure extends ReleaseError {
  /** When the first failed answer came (ms since the epoch): what recovery is timed from. */
  readonly firstFailureAt?: number;

  constructor(
    message: string,
    readonly analysis?: AnalysisReport,
    firstFailureAt?: number,
  ) {
    super(analysis ? 'EANALYSIS' : 'EVERIFY', message);
    this.name = 'VerificationFailure';
    this.firstFailureAt = firstFailureAt ?? analysis?.firstFailureAt;
  }
}

export function commandContext(
  run: StrategyRun,
  operation: Operation,
  extra: Partial<CommandContext> = {},
): CommandContext {
  const { settings } = run;
  return {
    operation,
    version: settings.version,
    environment: settings.environment,
    strategy: settings.strategy,
    commit: settings.commit,
    ref: settings.ref,
    artifacts: settings.artifacts,
    previousVersion: run.previous.version,
    previousSlot: run.previous.slot,
    deploymentId: run.deploymentId,
    environmentUrl: settings.environmentUrl,
    rollback: run.rollback,
    slot: run.slot,
    ...extra,
  };
}

function templateValues(run: StrategyRun, values: TemplateValues): TemplateValues {
  return { version: run.settings.version, environment: run.settings.environment, ...values };
}

/** Verifies one slot or target through the verify URLs; throws VerificationFailure when it stays unhealthy. */
export async function verifyUnit(run: StrategyRun, label: string, values: TemplateValues): Promise<void> {
  const { verify } = run.settings;
  if (verify.urls.length === 0) {
    run.timeline.note('verify', `${label}: no verify-url, not verified`);
    return;
  }
  const urls = verify.urls.map((template) => fillTemplate(template, templateValues(run, values)));
  await run.timeline.step('verify', label, async () => {
    const outcome = await run.verifier.verify({
      label,
      urls,
      version: run.settings.version,
      versionPath: verify.versionPath,
      timeoutMs: verify.timeoutMs,
      signal: run.signal,
      progress: (line) => run.log.info(line),
    });
    if (!outcome.passed) {
      throw new VerificationFailure(`${label} did not become healthy: ${outcome.reasons.join('; ')}`);
    }
    run.log.info(`Verified ${label}: ${urls.join(', ')}`);
  });
}

export const DEFAULT_LIVE_CHECK_MS = 5_000;

/**
 * After traffic moved to a version verified where it runs (a switched slot, a
 * promoted canary): the environment URL is watched for a short window, and the
 * first failed answer fails the deploy at once, so a rollback starts straight away.
 */
export async function checkLiveTraffic(run: StrategyRun): Promise<void> {
  const { environmentUrl, verify } = run.settings;
  if (!environmentUrl || !run.verifier.watch) return verifyEnvironment(run);
  const watch = run.verifier.watch.bind(run.verifier);
  const durationMs = verify.liveCheckMs ?? DEFAULT_LIVE_CHECK_MS;
  await run.timeline.step('live', `live traffic at ${environmentUrl}`, async () => {
    const outcome = await watch({
      url: environmentUrl,
      version: run.settings.version,
      versionPath: verify.versionPath,
      durationMs,
      signal: run.signal,
    });
    if (!outcome.passed) {
      throw new VerificationFailure(
        `${environmentUrl} failed its live check: ${outcome.reason}`,
        undefined,
        outcome.firstFailureAt,
      );
    }
    const lone = outcome.loneFailures
      ? `${outcome.loneFailures} failed alone (the next answer was fine)`
      : 'none failed';
    run.log.info(`Live check of ${environmentUrl}: ${outcome.answers} answers, ${lone}`);
  });
}

/** After traffic moved: the environment URL must serve the new version. */
export async function verifyEnvironment(run: StrategyRun): Promise<void> {
  const { environmentUrl, verify } = run.settings;
  if (!environmentUrl) {
    run.timeline.note('verify', 'live traffic: no environment-url, not verified');
    return;
  }
  await run.timeline.step('verify', `live traffic at ${environmentUrl}`, async () => {
    const outcome = await run.verifier.verify({
      label: 'live traffic',
      urls: [environmentUrl],
      version: run.settings.version,
      versionPath: verify.versionPath,
      timeoutMs: verify.timeoutMs,
      signal: run.signal,
      progress: (line) => run.log.info(line),
    });
    if (!outcome.passed) {
      throw new VerificationFailure(
        `${environmentUrl} does not serve ${run.settings.version}: ${outcome.reasons.join('; ')}`,
      );
    }
  });
}
