import { prepareHttpCheck } from './http-check.js';
import { defaultConcurrency, generateLoad, type LoadFigures } from './load.js';
import { plannedRequests } from './limits.js';
import { checkName } from './names.js';
import { roundMs } from './percentiles.js';
import { formatMs, formatShare } from './format.js';
import { assertValidAnalysis } from './validate.js';
import { runChecksOnce } from './wait.js';
import { DEFAULT_FALSE_ALARM_RATE } from './sequential.js';
import { SequentialJudge } from './sequential-judge.js';
import type {
  AnalysisDecision,
  AnalysisOptions,
  AnalysisReport,
  AnalysisThresholds,
  BaselineFigures,
  BaselineReport,
} from './types.js';

export const DEFAULT_THRESHOLDS: AnalysisThresholds = {
  maxErrorRate: 0.05,
  maxP95Ms: 2_000,
  minSamples: 10,
  maxConsecutiveFailures: 5,
};
export const DEFAULT_MAX_DEGRADATION_PCT = 20;
/**
 * Degradation is relative to the baseline, but relative to almost nothing is noise: a
 * p95 under 10 ms or an error rate under 1 % is compared as if it were that floor.
 */
export const BASELINE_FLOOR = { p95Ms: 10, errorRate: 0.01 } as const;

export function percent(rate: number): string {
  return formatShare(rate);
}

function topReasons(figures: LoadFigures): string {
  const entries = Object.entries(figures.failureReasons).slice(0, 3);
  return entries.length
    ? `; most often: ${entries.map(([reason, count]) => `${reason} ×${count}`).join(', ')}`
    : '';
}

/** Degradation of the candidate against the baseline, in percent; the worse of latency and errors. */
export function degradation(
  candidate: BaselineFigures,
  baseline: BaselineFigures,
): { latencyPct: number; errorRatePct: number; pct: number } {
  const latencyPct =
    ((candidate.p95Ms - baseline.p95Ms) / Math.max(baseline.p95Ms, BASELINE_FLOOR.p95Ms)) * 100;
  const errorRatePct =
    ((candidate.errorRate - baseline.errorRate) / Math.max(baseline.errorRate, BASELINE_FLOOR.errorRate)) *
    100;
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    latencyPct: round(latencyPct),
    errorRatePct: round(errorRatePct),
    pct: round(Math.max(latencyPct, errorRatePct, 0)),
  };
}

function judgeLoad(
  figures: LoadFigures,
  thresholds: AnalysisThresholds,
  label = '',
  decidedBad = false,
): string[] {
  const reasons: string[] = [];
  if (figures.aborted) reasons.push(`${label}the analysis was aborted after ${figures.sent} requests`);
  // A sequential test that found the version bad needs no more answers for that verdict.
  if (figures.responses < thresholds.minSamples && !decidedBad) {
    reasons.push(
      `${label}only ${figures.responses} of ${figures.sent} requests were answered; at least ${thresholds.minSamples} are needed for a verdict${topReasons(figures)}`,
    );
  }
  if (figures.samples > 0 && figures.errorRate > thresholds.maxErrorRate) {
    reasons.push(
      `${label}error rate ${percent(figures.errorRate)} is above the maximum of ${percent(thresholds.maxErrorRate)} (${figures.failures} of ${figures.samples} requests failed${topReasons(figures)})`,
    );
  }
  if (figures.responses > 0 && figures.latencyMs.p95 > thresholds.maxP95Ms) {
    reasons.push(
      `${label}p95 latency ${formatMs(figures.latencyMs.p95)} is above the maximum of ${thresholds.maxP95Ms} ms`,
    );
  }
  if (figures.consecutiveFailuresMax > thresholds.maxConsecutiveFailures) {
    reasons.push(
      `${label}${figures.consecutiveFailuresMax} requests failed in a row (at most ${thresholds.maxConsecutiveFailures} allowed)`,
    );
  }
  return reasons;
}

/**
 * Sends `rate` requests per second to the target for `durationMs` and judges the
 * service on error rate, p95 latency, consecutive failures and the number of answers
 * (never a pass on no data); optionally against a baseline (the previous version's
 * URL, loaded the same way at the same time, or stored figures) and Prometheus
 * queries evaluated when the load ends. Rejects only on invalid options.
 */
export async function analyse(options: AnalysisOptions): Promise<AnalysisReport> {
  assertValidAnalysis(options);
  const thresholds: AnalysisThresholds = {
    maxErrorRate: options.maxErrorRate ?? DEFAULT_THRESHOLDS.maxErrorRate,
    maxP95Ms: options.maxP95Ms ?? DEFAULT_THRESHOLDS.maxP95Ms,
    // A short run that plans fewer requests than the default needs every one of them answered.
    minSamples:
      options.minSamples ??
      Math.min(DEFAULT_THRESHOLDS.minSamples, plannedRequests(options.durationMs, options.rate)),
    maxConsecutiveFailures: options.maxConsecutiveFailures ?? DEFAULT_THRESHOLDS.maxConsecutiveFailures,
  };
  const load = {
    durationMs: options.durationMs,
    rate: options.rate,
    concurrency: options.concurrency ?? defaultConcurrency(options.rate),
    signal: options.signal,
  };
  const started = performance.now();
  const baselineUrl = options.baseline?.url;
  const judge =
    options.mode === 'sequential'
      ? new SequentialJudge(
          thresholds,
          options.falseAlarmRate ?? DEFAULT_FALSE_ALARM_RATE,
          !options.baseline && !options.metrics?.length,
        )
      : undefined;
  const [figures, baselineFigures] = await Promise.all([
    generateLoad(prepareHttpCheck(options.target), {
      ...load,
      onProgress: options.onProgress,
      onSample: judge && ((sample) => judge.observe(sample)),
    }),
    baselineUrl
      ? generateLoad(prepareHttpCheck({ ...options.target, url: baselineUrl }), {
          ...load,
          stopWhen: () => Boolean(judge?.decision),
        })
      : undefined,
  ]);
  const decision: AnalysisDecision = judge
    ? judge.final()
    : {
        mode: 'fixed',
        by: 'window',
        afterSamples: figures.samples,
        afterMs: Math.round(figures.durationMs),
        reason: 'fixed window: every planned request was sent and the whole window judged',
        evidence: [],
      };
  const reasons = judgeLoad(figures, thresholds, '', decision.by === 'bad');
  if (decision.by === 'bad' && reasons.length === 0)
    reasons.push(`sequential analysis stopped after ${decision.afterSamples} requests: ${decision.reason}`);

  let baseline: BaselineReport | undefined;
  if (options.baseline) {
    const maxDegradationPct = options.baseline.maxDegradationPct ?? DEFAULT_MAX_DEGRADATION_PCT;
    const reference: BaselineFigures & { samples: number } = baselineFigures
      ? {
          samples: baselineFigures.samples,
          errorRate: baselineFigures.errorRate,
          p95Ms: baselineFigures.latencyMs.p95,
        }
      : { samples: 0, ...options.baseline.figures! };
    const change = degradation({ errorRate: figures.errorRate, p95Ms: figures.latencyMs.p95 }, reference);
    const baselineProblems = baselineFigures
      ? judgeLoad(
          baselineFigures,
          { ...thresholds, maxErrorRate: 1, maxP95Ms: Infinity, maxConsecutiveFailures: Infinity },
          'baseline: ',
        )
      : [];
    const degraded = change.pct > maxDegradationPct;
    if (degraded) {
      reasons.push(
        `${change.pct} % worse than the baseline (at most ${maxDegradationPct} % allowed): p95 ${formatMs(figures.latencyMs.p95)} against ${formatMs(reference.p95Ms)}, error rate ${percent(figures.errorRate)} against ${percent(reference.errorRate)}`,
      );
    }
    reasons.push(...baselineProblems);
    baseline = {
      samples: reference.samples,
      errorRate: reference.errorRate,
      p95Ms: reference.p95Ms,
      degradationPct: change.pct,
      passed: !degraded && baselineProblems.length === 0,
      source: baselineFigures ? 'url' : 'figures',
      latencyDegradationPct: change.latencyPct,
      errorRateDegradationPct: change.errorRatePct,
      maxDegradationPct,
    };
  }

  let metrics: AnalysisReport['metrics'];
  if (options.metrics?.length) {
    // Queried once the load has ended, so the metrics cover the traffic just sent.
    const report = await runChecksOnce(options.metrics, { signal: options.signal });
    metrics = report.checks;
    for (const metric of metrics) if (!metric.passed) reasons.push(`${metric.name}: ${metric.reason}`);
  }

  return {
    passed: reasons.length === 0,
    reasons,
    samples: figures.samples,
    failures: figures.failures,
    errorRate: figures.errorRate,
    consecutiveFailuresMax: figures.consecutiveFailuresMax,
    latencyMs: figures.latencyMs,
    durationMs: roundMs(performance.now() - started),
    thresholds,
    ...(baseline ? { baseline } : {}),
    ...(metrics ? { metrics } : {}),
    failureReasons: figures.failureReasons,
    achievedRate: figures.achievedRate,
    target: checkName(options.target),
    rate: options.rate,
    concurrency: load.concurrency,
    planned: figures.planned,
    sent: figures.sent,
    responses: figures.responses,
    unsent: figures.stoppedEarly ? 0 : figures.unsent,
    decision,
    ...(figures.firstFailureAt === undefined ? {} : { firstFailureAt: figures.firstFailureAt }),
  };
}
