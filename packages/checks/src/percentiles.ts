import type { LatencyPercentiles } from './types.js';

/**
 * Exact percentiles by the nearest-rank method: the p-th percentile is the smallest
 * sample that at least p % of the samples do not exceed. No estimation, no buckets,
 * so two runs over the same samples give the same figures.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Two decimals: sub-millisecond detail matters on loopback, more is noise. */
export function roundMs(value: number): number {
  return Math.round(value * 100) / 100;
}

export function percentiles(samples: ArrayLike<number>): LatencyPercentiles {
  const sorted = Float64Array.from(samples).sort();
  return {
    p50: roundMs(percentile(sorted, 50)),
    p95: roundMs(percentile(sorted, 95)),
    p99: roundMs(percentile(sorted, 99)),
    max: roundMs(sorted.length > 0 ? sorted[sorted.length - 1]! : 0),
  };
}
