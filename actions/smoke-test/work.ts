import {
  formatDuration,
  info,
  logGroup,
  mask,
  maskedValues,
  ReleaseError,
  setOutputs,
  writeSummary,
  type RunContext,
} from '../../packages/kit/src/index.js';
import {
  assertPlanIsValid,
  buildPlan,
  planSecrets,
  runSmokeTest,
  type SmokeInputs,
} from '../../packages/smoke-test/src/index.js';
import { smokeSummary } from './summary.js';

/** Command output is shown per attempt; beyond this the start is dropped (the end says why it failed). */
const OUTPUT_LIMIT = 1024 * 1024;

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
  for (const secret of planSecrets(plan)) mask(secret);
  assertPlanIsValid(plan);

  const outcome = await runSmokeTest(plan, {
    timeoutMs: inputs.timeout,
    intervalMs: inputs.interval,
    concurrency: inputs.concurrency,
    log: { info, group: logGroup },
    commandOutput,
  });
  const { passed, checks, analysis, failures } = outcome;
  const report = {
    passed,
    checks: checks.checks,
    analysis: analysis ?? null,
    startedAt: checks.startedAt,
    durationMs: Math.round(outcome.durationMs),
  };
  setOutputs({
    passed: String(passed),
    report: scrub(JSON.stringify(report)),
    'error-rate': analysis ? String(analysis.errorRate) : '',
    'p95-ms': analysis ? String(analysis.latencyMs.p95) : '',
  });
  await writeSummary(
    scrub(smokeSummary(checks, outcome.analysisSkipped ? 'skipped' : analysis, passed, failures)),
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
  info(`Smoke test passed (${formatDuration(outcome.durationMs)})`);
}
