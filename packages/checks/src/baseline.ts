/** The baseline: the previous version's figures next to the target's, and how much worse the target is. */
import { judgeLoad, percent } from './judge-load.js';
import { formatMs } from './format.js';
import type { LoadFigures } from './load.js';
export const DEFAULT_MAX_DEGRADATION_PCT = 20;

import type { AnalysisOptions, AnalysisThresholds, BaselineFigures, BaselineReport } from './types.js';

/**
 * Degradation is relative to the baseline, but relative to almost nothing is noise: a
 * p95 under 10 ms or an error rate under 1 % is compared as if it were that floor.
 */
export const BASELINE_FLOOR = { p95Ms: 10, errorRate: 0.01 } as const;

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

export function compareWithBaseline(
  options: AnalysisOptions,
  figures: LoadFigures,
  baselineFigures: LoadFigures | undefined,
  thresholds: AnalysisThresholds,
  paired: boolean,
): { baseline: BaselineReport; reasons: string[] } {
  const settings = options.baseline!;
  const maxDegradationPct = settings.maxDegradationPct ?? DEFAULT_MAX_DEGRADATION_PCT;
  const reference: BaselineFigures & { samples: number } = baselineFigures
    ? {
        samples: baselineFigures.samples,
        errorRate: baselineFigures.errorRate,
        p95Ms: baselineFigures.latencyMs.p95,
      }
    : { samples: 0, ...settings.figures! };
  const change = degradation({ errorRate: figures.errorRate, p95Ms: figures.latencyMs.p95 }, reference);
  const reasons: string[] = [];
  // Paired, the comparison was made request by request; the overall figures are shown, not judged.
  const degraded = !paired && change.pct > maxDegradationPct;
  if (degraded) {
    reasons.push(
      `${change.pct} % worse than the baseline (at most ${maxDegradationPct} % allowed): p95 ${formatMs(figures.latencyMs.p95)} against ${formatMs(reference.p95Ms)}, error rate ${percent(figures.errorRate)} against ${percent(reference.errorRate)}`,
    );
  }
  if (baselineFigures) {
    reasons.push(
      ...judgeLoad(
        baselineFigures,
        { ...thresholds, maxErrorRate: 1, maxP95Ms: Infinity, maxConsecutiveFailures: Infinity },
        'baseline: ',
      ),
    );
  }
  return {
    reasons,
    baseline: {
      samples: reference.samples,
      errorRate: reference.errorRate,
      p95Ms: reference.p95Ms,
      degradationPct: change.pct,
      passed: reasons.length === 0,
      source: baselineFigures ? 'url' : 'figures',
      latencyDegradationPct: change.latencyPct,
      errorRateDegradationPct: change.errorRatePct,
      maxDegradationPct,
    },
  };
}
