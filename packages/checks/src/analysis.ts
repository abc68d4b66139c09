import { prepareHttpCheck } from './http-check.js';
import { defaultConcurrency, generateLoad, type LoadFigures, type LoadOptions } from './load.js';
import { plannedRequests } from './limits.js';
import { checkName } from './names.js';
import { roundMs } from './percentiles.js';
import { compareWithBaseline, DEFAULT_MAX_DEGRADATION_PCT } from './baseline.js';
import { judgeLoad } from './judge-load.js';
import { assertValidAnalysis } from './validate.js';
import { runChecksOnce } from './wait.js';
import { DEFAULT_FALSE_ALARM_RATE } from './sequential.js';
import { SequentialJudge } from './sequential-judge.js';
import { PairedJudge } from './paired-judge.js';
import type {
  AnalysisDecision,
  AnalysisOptions,
  AnalysisReport,
  AnalysisThresholds,
  CheckResult,
} from './types.js';

export { BASELINE_FLOOR, DEFAULT_MAX_DEGRADATION_PCT, degradation } from './baseline.js';

export const DEFAULT_THRESHOLDS: AnalysisThresholds = {
  maxErrorRate: 0.05,
  maxP95Ms: 2_000,
  minSamples: 10,
  maxConsecutiveFailures: 5,
};

function thresholdsOf(options: AnalysisOptions): AnalysisThresholds {
  return {
    maxErrorRate: options.maxErrorRate ?? DEFAULT_THRESHOLDS.maxErrorRate,
    maxP95Ms: options.maxP95Ms ?? DEFAULT_THRESHOLDS.maxP95Ms,
    // A short run that plans fewer requests than the default needs every one of them answered.
    minSamples:
      options.minSamples ??
      Math.min(DEFAULT_THRESHOLDS.minSamples, plannedRequests(options.durationMs, options.rate)),
    maxConsecutiveFailures: options.maxConsecutiveFailures ?? DEFAULT_THRESHOLDS.maxConsecutiveFailures,
  };
}

/** The sequential judge: request by request against the stable version when its URL is loaded alongside. */
function judgeFor(
  options: AnalysisOptions,
  thresholds: AnalysisThresholds,
): { judge: SequentialJudge; paired?: PairedJudge } | undefined {
  if (options.mode !== 'sequential') return undefined;
  const falseAlarmRate = options.falseAlarmRate ?? DEFAULT_FALSE_ALARM_RATE;
  if (options.baseline?.url) {
    const tolerance = (options.baseline.maxDegradationPct ?? DEFAULT_MAX_DEGRADATION_PCT) / 100;
    const paired = new PairedJudge(thresholds, falseAlarmRate, tolerance, !options.metrics?.length);
    return { judge: paired.judge, paired };
  }
  return {
    judge: new SequentialJudge(thresholds, falseAlarmRate, !options.baseline && !options.metrics?.length),
  };
}

type Judges = ReturnType<typeof judgeFor>;

/** The load on the target and, with a baseline URL, the same load on the baseline at the same time. */
async function runLoads(
  options: AnalysisOptions,
  load: Omit<LoadOptions, 'onSample' | 'stopWhen' | 'onProgress'>,
  judges: Judges,
): Promise<[LoadFigures, LoadFigures | undefined]> {
  const baselineUrl = options.baseline?.url;
  const decided = () => Boolean(judges?.judge.decision);
  const { paired, judge } = judges ?? {};
  return Promise.all([
    generateLoad(prepareHttpCheck(options.target), {
      ...load,
      onProgress: options.onProgress,
      onSample: paired
        ? (sample) => paired.observeCanary(sample)
        : judge && ((sample) => judge.observe(sample)),
      stopWhen: decided,
    }),
    baselineUrl
      ? generateLoad(prepareHttpCheck({ ...options.target, url: baselineUrl }), {
          ...load,
          onSample: paired && ((sample) => paired.observeStable(sample)),
          stopWhen: decided,
        })
      : undefined,
  ]);
}

const FIXED_WINDOW: Omit<AnalysisDecision, 'afterSamples' | 'afterMs'> = {
  mode: 'fixed',
  by: 'window',
  reason: 'fixed window: every planned request was sent and the whole window judged',
  evidence: [],
};

/**
 * Why the target fails on its own figures. Compared request by request with the
 * stable version, the error rate, p95 and failures in a row are the paired tests'
 * to judge (judged alone they would count the noise both versions share).
 */
function targetReasons(
  figures: LoadFigures,
  thresholds: AnalysisThresholds,
  decision: AnalysisDecision,
  judges: Judges,
): string[] {
  if (!judges?.paired) {
    const reasons = judgeLoad(figures, thresholds, '', decision.by === 'bad');
    if (decision.by === 'bad' && reasons.length === 0)
      reasons.push(`sequential analysis stopped after ${decision.afterSamples} requests: ${decision.reason}`);
    return reasons;
  }
  const reasons = judgeLoad(
    figures,
    { ...thresholds, maxErrorRate: 1, maxP95Ms: Infinity, maxConsecutiveFailures: Infinity },
    '',
    decision.by === 'bad',
  );
  if (decision.by === 'bad')
    reasons.push(`sequential analysis stopped after ${decision.afterSamples} requests: ${decision.reason}`);
  const leaning = decision.by === 'window' ? judges.judge.leaningBad() : [];
  if (leaning.length > 0)
    reasons.push(`against the stable version, the evidence leans to bad: ${leaning.join('; ')}`);
  return reasons;
}

/** Prometheus queries, once the load has ended, so the metrics cover the traffic just sent. */
async function queryMetrics(options: AnalysisOptions): Promise<CheckResult[] | undefined> {
  if (!options.metrics?.length) return undefined;
  const report = await runChecksOnce(options.metrics, { signal: options.signal });
  return report.checks;
}

function loadFigures(figures: LoadFigures) {
  return {
    samples: figures.samples,
    failures: figures.failures,
    errorRate: figures.errorRate,
    consecutiveFailuresMax: figures.consecutiveFailuresMax,
    latencyMs: figures.latencyMs,
    failureReasons: figures.failureReasons,
    achievedRate: figures.achievedRate,
    planned: figures.planned,
    sent: figures.sent,
    responses: figures.responses,
    unsent: figures.stoppedEarly ? 0 : figures.unsent,
    ...(figures.firstFailureAt === undefined ? {} : { firstFailureAt: figures.firstFailureAt }),
  };
}

/**
 * Sends `rate` requests per second to the target for `durationMs` and judges the
 * service on error rate, p95 latency, consecutive failures and the number of answers
 * (never a pass on no data); optionally against a baseline (the previous version's
 * URL, loaded the same way at the same time, or stored figures) and Prometheus
 * queries evaluated when the load ends. In sequential mode with a baseline URL, the
 * target is judged request by request against the baseline's answer sent with it.
 * Rejects only on invalid options.
 */
export async function analyse(options: AnalysisOptions): Promise<AnalysisReport> {
  assertValidAnalysis(options);
  const thresholds = thresholdsOf(options);
  const concurrency = options.concurrency ?? defaultConcurrency(options.rate);
  const started = performance.now();
  const judges = judgeFor(options, thresholds);
  const load = { durationMs: options.durationMs, rate: options.rate, concurrency, signal: options.signal };
  const [figures, baselineFigures] = await runLoads(options, load, judges);
  const decision: AnalysisDecision = judges
    ? judges.judge.final()
    : { ...FIXED_WINDOW, afterSamples: figures.samples, afterMs: Math.round(figures.durationMs) };
  const reasons = targetReasons(figures, thresholds, decision, judges);
  const compared = options.baseline
    ? compareWithBaseline(options, figures, baselineFigures, thresholds, Boolean(judges?.paired))
    : undefined;
  reasons.push(...(compared?.reasons ?? []));
  const metrics = await queryMetrics(options);
  for (const metric of metrics ?? []) if (!metric.passed) reasons.push(`${metric.name}: ${metric.reason}`);
  return {
    passed: reasons.length === 0,
    reasons,
    ...loadFigures(figures),
    durationMs: roundMs(performance.now() - started),
    thresholds,
    ...(compared ? { baseline: compared.baseline } : {}),
    ...(metrics ? { metrics } : {}),
    target: checkName(options.target),
    rate: options.rate,
    concurrency,
    decision,
  };
}
