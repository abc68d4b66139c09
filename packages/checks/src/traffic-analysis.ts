/**
 * A canary judged on the requests it actually serves, compared with the stable
 * version's over the same time: two PromQL queries (requests, failed requests, both
 * cumulative counters with `{version}` filled in) read from Prometheus every
 * interval, the growth since the analysis began being the evidence. The canary
 * fails when its error rate is above the stable version's by more than
 * `maxErrorRate`; in sequential mode the verdict comes as soon as it is certain.
 */
import { queryTotal } from './prometheus-check.js';
import { BernoulliSprt, DEFAULT_FALSE_ALARM_RATE, errorRateHypotheses } from './sequential.js';
import type { AnalysisDecision, AnalysisMode, AnalysisReport, AnalysisThresholds } from './types.js';

export interface TrafficAnalysisOptions {
  prometheusUrl: string;
  headers?: Record<string, string>;
  /** PromQL with `{version}`: requests served by a version, and those that failed, as counters. */
  requestsQuery: string;
  errorsQuery: string;
  canaryVersion: string;
  stableVersion: string;
  durationMs: number;
  /** How often Prometheus is asked; default 1 s. */
  intervalMs?: number;
  thresholds: AnalysisThresholds;
  mode?: AnalysisMode;
  falseAlarmRate?: number;
  signal?: AbortSignal;
}

interface Counts {
  requests: number;
  errors: number;
}

const fill = (query: string, version: string) => query.replaceAll('{version}', version);

async function counts(options: TrafficAnalysisOptions, version: string): Promise<Counts> {
  const base = { url: options.prometheusUrl, headers: options.headers };
  const [requests, errors] = await Promise.all([
    queryTotal(base, fill(options.requestsQuery, version), options.signal),
    queryTotal(base, fill(options.errorsQuery, version), options.signal),
  ]);
  return { requests, errors };
}

const growth = (now: Counts, start: Counts): Counts => ({
  requests: Math.max(0, now.requests - start.requests),
  errors: Math.max(0, now.errors - start.errors),
});

const rate = (counts: Counts) => (counts.requests > 0 ? counts.errors / counts.requests : 0);
const pct = (value: number) => `${Math.round(value * 10_000) / 100} %`;

/** The sequential test for the canary, its hypotheses set by what the stable version shows so far. */
function testFor(
  canary: Counts,
  stable: Counts,
  maxErrorRate: number,
  falseAlarmRate: number,
): BernoulliSprt {
  const { p0, p1 } = errorRateHypotheses(maxErrorRate, rate(stable));
  const test = new BernoulliSprt('failed requests (canary, from Prometheus)', p0, p1, falseAlarmRate);
  test.add(Math.round(canary.errors), Math.round(canary.requests));
  return test;
}

export async function analyseTraffic(options: TrafficAnalysisOptions): Promise<AnalysisReport> {
  const started = performance.now();
  const { thresholds } = options;
  const falseAlarmRate = options.falseAlarmRate ?? DEFAULT_FALSE_ALARM_RATE;
  const sequential = options.mode === 'sequential';
  const [canaryStart, stableStart] = await Promise.all([
    counts(options, options.canaryVersion),
    counts(options, options.stableVersion),
  ]);
  let canary: Counts = { requests: 0, errors: 0 };
  let stable: Counts = { requests: 0, errors: 0 };
  let test = testFor(canary, stable, thresholds.maxErrorRate, falseAlarmRate);
  let by: AnalysisDecision['by'] = 'window';
  let firstFailureAt: number | undefined;
  while (performance.now() - started < options.durationMs && !options.signal?.aborted) {
    await new Promise((done) => setTimeout(done, options.intervalMs ?? 1_000));
    [canary, stable] = await Promise.all([
      counts(options, options.canaryVersion).then((now) => growth(now, canaryStart)),
      counts(options, options.stableVersion).then((now) => growth(now, stableStart)),
    ]);
    if (canary.errors > 0) firstFailureAt ??= Date.now();
    test = testFor(canary, stable, thresholds.maxErrorRate, falseAlarmRate);
    if (!sequential) continue;
    if (test.verdict === 'bad') {
      by = 'bad';
      break;
    }
    if (test.verdict === 'healthy' && canary.requests >= thresholds.minSamples) {
      by = 'healthy';
      break;
    }
  }
  return reportOf(options, { canary, stable, test, by, started, firstFailureAt });
}

interface Outcome {
  canary: Counts;
  stable: Counts;
  test: BernoulliSprt;
  by: AnalysisDecision['by'];
  started: number;
  firstFailureAt?: number;
}

function reasonsOf(options: TrafficAnalysisOptions, outcome: Outcome): string[] {
  const { canary, stable, by } = outcome;
  const { thresholds } = options;
  const reasons: string[] = [];
  const excess = rate(canary) - rate(stable);
  if (options.signal?.aborted) reasons.push('the analysis was aborted');
  if (by !== 'bad' && canary.requests < thresholds.minSamples) {
    reasons.push(
      `Prometheus counted ${Math.round(canary.requests)} requests served by the canary; at least ${thresholds.minSamples} are needed for a verdict`,
    );
  }
  if (by === 'bad' || (by === 'window' && canary.requests > 0 && excess > thresholds.maxErrorRate)) {
    reasons.push(
      `the canary's error rate ${pct(rate(canary))} (${Math.round(canary.errors)} of ${Math.round(canary.requests)} requests) is above the stable version's ${pct(rate(stable))} by more than ${pct(thresholds.maxErrorRate)}`,
    );
  }
  return reasons;
}

function reportOf(options: TrafficAnalysisOptions, outcome: Outcome): AnalysisReport {
  const { canary, stable, by, firstFailureAt } = outcome;
  const { thresholds } = options;
  const sequential = options.mode === 'sequential';
  const reasons = reasonsOf(options, outcome);
  const afterMs = Math.round(performance.now() - outcome.started);
  const decision: AnalysisDecision = {
    mode: sequential ? 'sequential' : 'fixed',
    by,
    afterSamples: Math.round(canary.requests),
    afterMs,
    reason:
      by === 'window'
        ? 'the whole window was judged'
        : `the evidence crossed the ${by} boundary (stable error rate ${pct(rate(stable))})`,
    ...(sequential ? { falseAlarmRate: options.falseAlarmRate ?? DEFAULT_FALSE_ALARM_RATE } : {}),
    evidence: [outcome.test.evidence()],
  };
  return {
    passed: reasons.length === 0,
    reasons,
    samples: Math.round(canary.requests),
    failures: Math.round(canary.errors),
    errorRate: rate(canary),
    consecutiveFailuresMax: 0,
    latencyMs: { p50: 0, p95: 0, p99: 0, max: 0 },
    durationMs: afterMs,
    thresholds,
    baseline: {
      samples: Math.round(stable.requests),
      errorRate: rate(stable),
      p95Ms: 0,
      degradationPct: 0,
      passed: rate(canary) - rate(stable) <= thresholds.maxErrorRate,
      source: 'url',
    },
    target: `Prometheus ${options.prometheusUrl}`,
    decision,
    ...(firstFailureAt === undefined ? {} : { firstFailureAt }),
  };
}
