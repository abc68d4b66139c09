import { details, formatDuration, heading, icon, table } from '../../packages/kit/src/index.js';
import {
  decisionSentence,
  EVIDENCE_HEADERS,
  evidenceRows,
  formatMs,
  formatShare,
  type AnalysisReport,
  type CheckReport,
  type CheckResult,
} from '../../packages/checks/src/index.js';

/** The job summary: a row per check, then the analysis figures against their limits. */

const ms = (value: number | undefined): string => (value === undefined ? '' : formatMs(value));
const pct = formatShare;
const seconds = (value: number): string => formatDuration(value);

function checkRows(checks: CheckResult[]): unknown[][] {
  return checks.map((check) => [
    icon(check.passed),
    check.name,
    check.attempts,
    ms(check.latencyMs?.p50),
    ms(check.latencyMs?.p95),
    ms(check.latencyMs?.p99),
    ms(check.latencyMs?.max),
    seconds(check.durationMs),
    check.passed
      ? check.value !== undefined && check.kind === 'prometheus'
        ? `value ${check.value}`
        : ''
      : check.reason,
  ]);
}

export function checksTable(checks: CheckResult[]): string {
  return table(
    ['Status', 'Check', 'Attempts', 'p50', 'p95', 'p99', 'max', 'Time', 'Detail'],
    checkRows(checks),
  );
}

/** One row per figure the analysis gates on, with its limit; the baseline's comparison last. */
function figureRows(analysis: AnalysisReport): unknown[][] {
  const limits = analysis.thresholds;
  const answered = analysis.responses ?? analysis.samples;
  const rows: unknown[][] = [
    [
      icon(answered >= limits.minSamples),
      'Answered requests',
      `${answered} of ${analysis.sent ?? analysis.samples}`,
      `at least ${limits.minSamples}`,
    ],
    [
      icon(analysis.errorRate <= limits.maxErrorRate),
      'Error rate',
      `${pct(analysis.errorRate)} (${analysis.failures} failed)`,
      `at most ${pct(limits.maxErrorRate)}`,
    ],
    [
      icon(analysis.latencyMs.p95 <= limits.maxP95Ms),
      'p95 latency',
      ms(analysis.latencyMs.p95),
      `at most ${limits.maxP95Ms} ms`,
    ],
    [
      '',
      'p50 / p99 / max',
      `${ms(analysis.latencyMs.p50)} / ${ms(analysis.latencyMs.p99)} / ${ms(analysis.latencyMs.max)}`,
      '',
    ],
    [
      icon(analysis.consecutiveFailuresMax <= limits.maxConsecutiveFailures),
      'Failures in a row',
      analysis.consecutiveFailuresMax,
      `at most ${limits.maxConsecutiveFailures}`,
    ],
    [
      '',
      'Rate',
      `${analysis.achievedRate ?? analysis.rate}/s (asked ${analysis.rate}/s, ${analysis.concurrency} at once)`,
      '',
    ],
  ];
  const baseline = analysis.baseline;
  if (baseline) {
    const source = baseline.source === 'url' ? `measured, ${baseline.samples} requests` : 'stored figures';
    const change = baseline.degradationPct > 0 ? `${baseline.degradationPct} % worse` : 'no worse';
    rows.push([
      icon(baseline.passed),
      `Against the baseline (${source})`,
      `${change}: p95 ${ms(analysis.latencyMs.p95)} vs ${ms(baseline.p95Ms)}, error rate ${pct(analysis.errorRate)} vs ${pct(baseline.errorRate)}`,
      `at most ${baseline.maxDegradationPct} % worse`,
    ]);
  }
  return rows;
}

export function analysisSection(analysis: AnalysisReport): string {
  const rows = figureRows(analysis);
  let text = heading(
    `Analysis of ${analysis.target ?? 'the target'} over ${seconds(analysis.durationMs)}`,
    3,
  );
  text += table(['Status', 'Figure', 'Value', 'Limit'], rows);
  if (analysis.decision) {
    text += '\n' + decisionSentence(analysis.decision) + '\n';
    if (analysis.decision.evidence.length > 0)
      text += '\n' + table([...EVIDENCE_HEADERS], evidenceRows(analysis.decision));
  }
  if (analysis.metrics?.length)
    text +=
      '\n' +
      table(
        ['', 'Metric', 'Value', 'Detail'],
        analysis.metrics.map((metric) => [
          icon(metric.passed),
          metric.name,
          metric.value ?? '',
          metric.reason ?? '',
        ]),
      );
  const reasons = Object.entries(analysis.failureReasons ?? {});
  if (reasons.length > 0) {
    text +=
      '\n' +
      details(
        'Why requests failed',
        table(
          ['Reason', 'Requests'],
          reasons.map(([reason, count]) => [reason, count]),
        ),
      );
  }
  return text;
}

export function smokeSummary(
  checks: CheckReport,
  analysis: AnalysisReport | 'skipped' | undefined,
  passed: boolean,
  failures: string[],
): string {
  let text = heading(`${icon(passed)} Smoke test ${passed ? 'passed' : 'failed'}`);
  if (checks.checks.length > 0) text += checksTable(checks.checks);
  if (analysis === 'skipped') text += '\nThe analysis did not run: the checks did not pass.\n';
  else if (analysis) text += '\n' + analysisSection(analysis);
  if (failures.length > 0) text += '\n' + failures.map((line) => `- ${line}`).join('\n') + '\n';
  return text;
}
