/**
 * Sequential analysis: a sequential probability ratio test (Wald) per stream of
 * pass/fail observations, so an analysis stops as soon as the evidence is
 * conclusive either way instead of always running its whole window.
 *
 * Each stream weighs "healthy" (a failure probability of p0) against "bad" (p1).
 * The log-likelihood ratio moves up with every failure and down with every pass;
 * crossing ln((1 - β) / α) is a verdict of bad, with a false-alarm rate of at most
 * α; crossing ln(β / (1 - α)) is a verdict of healthy, missing a bad version at
 * most β of the time. Between the two the test keeps sampling.
 */
export type SequentialVerdict = 'bad' | 'healthy' | undefined;

/** How often a sequential test may miss a bad version (β): detection is the goal, 5 % is conventional. */
export const MISS_RATE = 0.05;
/** Default false-alarm rate (α): a healthy version is rolled back at most once in a hundred analyses. */
export const DEFAULT_FALSE_ALARM_RATE = 0.01;

export interface StreamEvidence {
  /** What the stream counts as a failure, in plain words ("failed request", "slower than 1000 ms"). */
  name: string;
  /** Failure probability of a healthy version, and of a bad one. */
  p0: number;
  p1: number;
  observations: number;
  failures: number;
  /** The log-likelihood ratio of bad against healthy, and the two boundaries it is compared with. */
  logRatio: number;
  rejectAt: number;
  acceptAt: number;
  verdict: SequentialVerdict;
}

export class BernoulliSprt {
  private observations = 0;
  private failures = 0;
  private logRatio = 0;
  private onFailure = 0;
  private onPass = 0;
  readonly rejectAt: number;
  readonly acceptAt: number;

  constructor(
    readonly name: string,
    public p0: number,
    public p1: number,
    falseAlarmRate: number,
    missRate = MISS_RATE,
  ) {
    this.rebase(p0, p1);
    this.rejectAt = Math.log((1 - missRate) / falseAlarmRate);
    this.acceptAt = Math.log(missRate / (1 - falseAlarmRate));
  }

  /**
   * New hypotheses for the same observations: a comparison with a stable version
   * learns its error rate as the analysis goes, and the canary's is judged against it.
   */
  rebase(p0: number, p1: number): void {
    if (!(p0 > 0 && p1 > p0 && p1 < 1)) throw new RangeError(`need 0 < p0 < p1 < 1, got ${p0} and ${p1}`);
    this.p0 = p0;
    this.p1 = p1;
    this.onFailure = Math.log(p1 / p0);
    this.onPass = Math.log((1 - p1) / (1 - p0));
    this.logRatio = this.failures * this.onFailure + (this.observations - this.failures) * this.onPass;
  }

  /** Adds `failures` out of `count` observations (counts from a metric arrive in batches). */
  add(failures: number, count = 1): void {
    if (count <= 0) return;
    this.observations += count;
    this.failures += failures;
    this.logRatio += failures * this.onFailure + (count - failures) * this.onPass;
  }

  get verdict(): SequentialVerdict {
    if (this.logRatio >= this.rejectAt) return 'bad';
    if (this.logRatio <= this.acceptAt) return 'healthy';
    return undefined;
  }

  evidence(): StreamEvidence {
    const round = (value: number) => Math.round(value * 1000) / 1000;
    return {
      name: this.name,
      p0: this.p0,
      p1: this.p1,
      observations: this.observations,
      failures: this.failures,
      logRatio: round(this.logRatio),
      rejectAt: round(this.rejectAt),
      acceptAt: round(this.acceptAt),
      verdict: this.verdict,
    };
  }
}

/**
 * The hypotheses for an error rate with a maximum: a bad version fails at least
 * `maxErrorRate` of requests more than `base`, a healthy one at most half of that
 * more (`base` is 0 for a version judged alone). A maximum of 0
 * is read as 0.1 %, since no test tells 0 from "rare" in finite time.
 */
export function errorRateHypotheses(maxErrorRate: number, base = 0): { p0: number; p1: number } {
  const floor = Math.min(0.9, base);
  const p1 = Math.min(0.99, floor + Math.max(maxErrorRate, 0.001));
  return { p0: floor + (p1 - floor) / 2, p1 };
}

/**
 * A p95 at most the maximum means at most 5 % of answers slower than it; a bad
 * version has at least twice that share slower.
 */
export const LATENCY_HYPOTHESES = { p0: 0.05, p1: 0.1 } as const;

/**
 * Against a stable version whose answers are slow (over the maximum and clearly
 * slower than the canary's of the same pair) `base` of the time, a bad canary's are
 * slow twice as often, or 5 points more where that is more: the smallest effect worth
 * a rollback. A healthy one is at most halfway there.
 */
export function pairedLatencyHypotheses(base: number): { p0: number; p1: number } {
  const floor = Math.min(0.9, base);
  const p1 = Math.min(0.99, Math.max(floor + LATENCY_HYPOTHESES.p0, floor * 2));
  return { p0: floor + (p1 - floor) / 2, p1 };
}
