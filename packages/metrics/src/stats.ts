import type { Spread } from './types.js';

/**
 * Nearest-rank percentile (the smallest value with at least p% of the values at
 * or below it): always one of the observed values, so a report never shows a
 * duration nobody measured.
 */
export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** The median of an even count is the mean of the two middle values, as usual. */
export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function spread(values: number[]): Spread {
  return { count: values.length, median: median(values), p90: percentile(values, 90) };
}

export function ratio(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : part / whole;
}
