/**
 * Bounds on what a caller may ask for. They keep an analysis run's memory fixed
 * (one latency slot per planned request) and turn a typo such as `rate: 50000`
 * into an input error rather than a load test against production.
 */
export const LIMITS = {
  /** Longest analysis run. */
  maxDurationMs: 60 * 60_000,
  /** Highest request rate, per second. */
  maxRate: 5_000,
  /** Most requests one analysis run may plan (rate × duration). */
  maxRequests: 1_000_000,
  /** Most requests in flight at once during analysis. */
  maxConcurrency: 1_024,
  /** Longest per-request timeout and latency budget. */
  maxRequestTimeoutMs: 10 * 60_000,
  /** Longest a command check may run. */
  maxCommandTimeoutMs: 6 * 60 * 60_000,
  /** Longest wait for readiness. */
  maxWaitMs: 6 * 60 * 60_000,
  maxP95Ms: 10 * 60_000,
  maxDegradationPct: 1_000,
} as const;

/** How many requests an analysis run plans: one every 1/rate seconds over the duration. */
export function plannedRequests(durationMs: number, rate: number): number {
  return Math.max(1, Math.floor((durationMs * rate) / 1000));
}
