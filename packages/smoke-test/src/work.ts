import { formatDuration, InputError } from '../../kit/src/index.js';
import {
  analyse,
  checkName,
  formatMs,
  formatShare,
  secretHeaderValues,
  secretUrlParts,
  validateAnalysisOptions,
  validateCheck,
  waitUntilHealthy,
  type AnalysisReport,
  type AttemptEvent,
  type CheckReport,
} from '../../checks/src/index.js';
import type { SmokePlan } from './plan.js';

/**
 * The smoke test's work, in its phases: wait until every check is healthy,
 * then (when they are) the load analysis, then the verdict with one line per
 * failure. Where the log goes is the caller's.
 */

const PROGRESS_EVERY_MS = 5_000;

export interface SmokeLog {
  info(message: string): void;
  /** A collapsed group written in one go. */
  group(title: string, text: string): void;
}

export interface SmokeOptions {
  timeoutMs: number;
  intervalMs: number;
  concurrency: number;
  log: SmokeLog;
  /** The command check's output so far; read and emptied after each attempt. */
  commandOutput: { text: string };
}

export interface SmokeOutcome {
  passed: boolean;
  checks: CheckReport;
  analysis?: AnalysisReport;
  /** The analysis was planned but not run, because a check failed first. */
  analysisSkipped: boolean;
  failures: string[];
  durationMs: number;
}

/** Every secret the plan carries (header values, credentials in URLs), for the log's mask. */
export function planSecrets(plan: SmokePlan): string[] {
  const secrets: string[] = [];
  if (plan.http) secrets.push(...secretHeaderValues(plan.http), ...secretUrlParts(plan.http.url));
  if (plan.prometheus) secrets.push(...secretUrlParts(plan.prometheus.url));
  if (plan.analysis?.baseline?.url) secrets.push(...secretUrlParts(plan.analysis.baseline.url));
  return secrets;
}

/** The engine's own validation, after the inputs': what the kit's fields cannot see. */
export function assertPlanIsValid(plan: SmokePlan): void {
  const problems = [
    ...plan.checks.flatMap(validateCheck),
    ...(plan.analysis ? validateAnalysisOptions(plan.analysis) : []),
  ];
  if (problems.length > 0) throw new InputError([...new Set(problems)]);
}

/** Logs each check's attempts when something changes (not every identical failure) and its command output. */
function attemptLogger(plan: SmokePlan, started: number, options: SmokeOptions) {
  const last = new Map<string, string | undefined>();
  const commandName = plan.command ? checkName(plan.command) : undefined;
  const at = () => formatDuration(performance.now() - started);
  return (event: AttemptEvent): void => {
    if (event.check === commandName) {
      const text = options.commandOutput.text.trimEnd() || '(no output)';
      options.commandOutput.text = '';
      options.log.group(
        `Output of ${event.check} (attempt ${event.attempt}, ${event.passed ? 'passed' : 'failed'})`,
        text,
      );
    }
    if (event.passed) {
      options.log.info(
        `✅ ${event.check}: healthy after ${event.attempt} attempt${event.attempt === 1 ? '' : 's'} (${at()})`,
      );
    } else if (last.get(event.check) !== event.reason || event.attempt === 1) {
      options.log.info(`⏳ ${event.check}: ${event.reason} (attempt ${event.attempt}, ${at()})`);
    }
    last.set(event.check, event.reason);
  };
}

async function waitPhase(plan: SmokePlan, started: number, options: SmokeOptions): Promise<CheckReport> {
  if (plan.checks.length === 0)
    return { passed: true, checks: [], startedAt: new Date().toISOString(), durationMs: 0 };
  const how =
    options.timeoutMs > 0 ? `waiting up to ${formatDuration(options.timeoutMs)}` : 'one attempt each';
  options.log.info(`Checking ${plan.checks.length} target${plan.checks.length === 1 ? '' : 's'} (${how})`);
  return waitUntilHealthy(plan.checks, {
    timeoutMs: options.timeoutMs,
    maxIntervalMs: options.intervalMs,
    concurrency: options.concurrency,
    onAttempt: attemptLogger(plan, started, options),
  });
}

async function analysisPhase(
  analysisPlan: NonNullable<SmokePlan['analysis']>,
  log: SmokeLog,
): Promise<AnalysisReport> {
  const { rate, durationMs } = analysisPlan;
  log.info(
    `Analysis: ${rate} requests/s to ${checkName(analysisPlan.target)} for ${formatDuration(durationMs)}`,
  );
  let lastProgress = 0;
  const analysis = await analyse({
    ...analysisPlan,
    onProgress: ({ sent, failed, elapsedMs }) => {
      if (elapsedMs - lastProgress < PROGRESS_EVERY_MS) return;
      lastProgress = elapsedMs;
      log.info(`  ${formatDuration(elapsedMs)}: ${sent} sent, ${failed} failed`);
    },
  });
  const { latencyMs: l } = analysis;
  log.info(
    `Analysis: ${analysis.samples} requests, error rate ${formatShare(analysis.errorRate)}, p50 ${formatMs(l.p50)}, p95 ${formatMs(l.p95)}, p99 ${formatMs(l.p99)}, max ${formatMs(l.max)}`,
  );
  return analysis;
}

function failureLines(
  checks: CheckReport,
  analysis: AnalysisReport | undefined,
  timeoutMs: number,
): string[] {
  const lines = checks.checks
    .filter((check) => !check.passed)
    .map((check) => {
      const tried =
        timeoutMs > 0
          ? ` (${check.attempts} attempt${check.attempts === 1 ? '' : 's'} in ${formatDuration(check.durationMs)})`
          : '';
      return `${check.name}: ${check.reason ?? 'failed'}${tried}`;
    });
  if (analysis) lines.push(...analysis.reasons.map((reason) => `analysis: ${reason}`));
  return lines;
}

export async function runSmokeTest(plan: SmokePlan, options: SmokeOptions): Promise<SmokeOutcome> {
  const started = performance.now();
  const checks = await waitPhase(plan, started, options);
  const analysis =
    plan.analysis && checks.passed ? await analysisPhase(plan.analysis, options.log) : undefined;
  return {
    passed: checks.passed && (!plan.analysis || Boolean(analysis?.passed)),
    checks,
    analysis,
    analysisSkipped: Boolean(plan.analysis) && !analysis,
    failures: failureLines(checks, analysis, options.timeoutMs),
    durationMs: performance.now() - started,
  };
}
