/** The target's own figures against the thresholds, in plain words. */
import { formatMs, formatShare } from './format.js';
import type { LoadFigures } from './load.js';
import type { AnalysisThresholds } from './types.js';

export function percent(rate: number): string {
  return formatShare(rate);
}

function topReasons(figures: LoadFigures): string {
  const entries = Object.entries(figures.failureReasons).slice(0, 3);
  return entries.length
    ? `; most often: ${entries.map(([reason, count]) => `${reason} ×${count}`).join(', ')}`
    : '';
}

export function judgeLoad(
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
