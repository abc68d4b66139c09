import {
  formatDuration,
  info,
  InputError,
  mask,
  maskedValues,
  ReleaseError,
  setOutputs,
  writeSummary,
  type RunContext,
  logGroup,
} from '../../packages/kit/src/index.js';
import {
  analyse,
  secretHeaderValues,
  secretUrlParts,
  validateAnalysisOptions,
  validateCheck,
  waitUntilHealthy,
  type AnalysisReport,
  type AttemptEvent,
  type CheckReport,
  checkName,
  formatMs,
  formatShare,
} from '../../packages/checks/src/index.js';
import type { SmokeInputs } from './inputs.js';
import { buildPlan, type SmokePlan } from './plan.js';
import { smokeSummary } from './summary.js';

/** Command output is shown per attempt; beyond this the start is dropped (the end says why it failed). */
const OUTPUT_LIMIT = 1024 * 1024;
const PROGRESS_EVERY_MS = 5_000;

function maskSecrets(plan: SmokePlan): void {
  if (plan.http) {
    for (const value of secretHeaderValues(plan.http)) mask(value);
    for (const part of secretUrlParts(plan.http.url)) mask(part);
  }
  for (const part of plan.prometheus ? secretUrlParts(plan.prometheus.url) : []) mask(part);
  if (plan.analysis?.baseline?.url) for (const part of secretUrlParts(plan.analysis.baseline.url)) mask(part);
}

/** The engine's own validation, after the inputs': what the kit's fields cannot see. */
function assertPlanIsValid(plan: SmokePlan): void {
  const problems = [
    ...plan.checks.flatMap(validateCheck),
    ...(plan.analysis ? validateAnalysisOptions(plan.analysis) : []),
  ];
  if (problems.length > 0) throw new InputError([...new Set(problems)]);
}

/** Logs each check's attempts when something changes (not every identical failure) and its command output. */
function attemptLogger(plan: SmokePlan, started: number, commandOutput: { text: string }) {
  const last = new Map<string, string | undefined>();
  const commandName = plan.command ? checkName(plan.command) : undefined;
  const at = () => formatDuration(performance.now() - started);
  return (event: AttemptEvent): void => {
    if (event.check === commandName) {
      const text = commandOutput.text.trimEnd() || '(no output)';
      commandOutput.text = '';
      logGroup(
        `Output of ${event.check} (attempt ${event.attempt}, ${event.passed ? 'passed' : 'failed'})`,
        text,
      );
    }
    if (event.passed) {
      info(
        `✅ ${event.check}: healthy after ${event.attempt} attempt${event.attempt === 1 ? '' : 's'} (${at()})`,
      );
    } else if (last.get(event.check) !== event.reason || event.attempt === 1) {
      info(`⏳ ${event.check}: ${event.reason} (attempt ${event.attempt}, ${at()})`);
    }
    last.set(event.check, event.reason);
  };
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

function scrub(text: string): string {
  let shown = text;
  for (const secret of maskedValues().sort((a, b) => b.length - a.length))
    shown = shown.split(secret).join('***');
  return shown;
}

export async function smokeTest(inputs: SmokeInputs, context: RunContext): Promise<void> {
  const commandOutput = { text: '' };
  const plan = buildPlan(inputs, context.workspace, (chunk) => {
    commandOutput.text = (commandOutput.text + chunk).slice(-OUTPUT_LIMIT);
  });
  maskSecrets(plan);
  assertPlanIsValid(plan);

  const started = performance.now();
  let checks: CheckReport = { passed: true, checks: [], startedAt: new Date().toISOString(), durationMs: 0 };
  if (plan.checks.length > 0) {
    const how = inputs.timeout > 0 ? `waiting up to ${formatDuration(inputs.timeout)}` : 'one attempt each';
    info(`Checking ${plan.checks.length} target${plan.checks.length === 1 ? '' : 's'} (${how})`);
    checks = await waitUntilHealthy(plan.checks, {
      timeoutMs: inputs.timeout,
      maxIntervalMs: inputs.interval,
      concurrency: inputs.concurrency,
      onAttempt: attemptLogger(plan, started, commandOutput),
    });
  }

  let analysis: AnalysisReport | undefined;
  if (plan.analysis && checks.passed) {
    const { rate, durationMs } = plan.analysis;
    info(
      `Analysis: ${rate} requests/s to ${checkName(plan.analysis.target)} for ${formatDuration(durationMs)}`,
    );
    let lastProgress = 0;
    analysis = await analyse({
      ...plan.analysis,
      onProgress: ({ sent, failed, elapsedMs }) => {
        if (elapsedMs - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = elapsedMs;
        info(`  ${formatDuration(elapsedMs)}: ${sent} sent, ${failed} failed`);
      },
    });
    const { latencyMs: l } = analysis;
    info(
      `Analysis: ${analysis.samples} requests, error rate ${formatShare(analysis.errorRate)}, p50 ${formatMs(l.p50)}, p95 ${formatMs(l.p95)}, p99 ${formatMs(l.p99)}, max ${formatMs(l.max)}`,
    );
  }

  const passed = checks.passed && (!plan.analysis || Boolean(analysis?.passed));
  const failures = failureLines(checks, analysis, inputs.timeout);
  const report = {
    passed,
    checks: checks.checks,
    analysis: analysis ?? null,
    startedAt: checks.startedAt,
    durationMs: Math.round(performance.now() - started),
  };
  setOutputs({
    passed: String(passed),
    report: scrub(JSON.stringify(report)),
    'error-rate': analysis ? String(analysis.errorRate) : '',
    'p95-ms': analysis ? String(analysis.latencyMs.p95) : '',
  });
  await writeSummary(
    scrub(smokeSummary(checks, plan.analysis && !analysis ? 'skipped' : analysis, passed, failures)),
  );
  if (!passed) {
    const waited = checks.checks.some((check) => !check.passed && check.attempts > 1);
    throw new ReleaseError(
      'ESMOKE',
      scrub(`Smoke test failed:\n${failures.map((line) => `- ${line}`).join('\n')}`),
      {
        hint: waited
          ? `The checks kept failing for ${formatDuration(inputs.timeout)}; raise timeout if the service needs longer to warm up.`
          : undefined,
      },
    );
  }
  info(`Smoke test passed (${formatDuration(performance.now() - started)})`);
}
