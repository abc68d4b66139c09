/**
 * Figures as people read them in logs, errors and summaries: a share of requests as
 * `6.7 %` (not 0.06666666666666667), a latency as `12.3 ms` or `245 ms`.
 */

function trim(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** 0.0667 → `6.7 %`, 0.1 → `10 %`, 0.00033 → `0.033 %` (small shares keep two significant digits). */
export function formatShare(rate: number): string {
  const value = rate * 100;
  if (value === 0) return '0 %';
  if (Math.abs(value) < 0.1) return `${trim(value.toPrecision(2))} %`;
  return `${trim(value.toFixed(1))} %`;
}

/** 3.456 → `3.5 ms`, 245.61 → `246 ms`: a tenth of a millisecond where it matters, none beyond. */
export function formatMs(ms: number): string {
  return Math.abs(ms) < 100 ? `${trim(ms.toFixed(1))} ms` : `${Math.round(ms)} ms`;
}
