/**
 * A canary judged against the stable version asked at the same moment. Requests go
 * to both on the same schedule, so request i of each forms a pair that met the same
 * machine, network and load. Noise common to both versions then cancels out:
 * - a canary failure counts only when the stable version's request of the pair did
 *   not fail too (both failing says the environment hiccuped, not the canary), and
 *   the canary's lone failures are judged against the stable version's lone ones
 *   (their difference is the canary's excess error rate);
 * - a canary answer counts as slow only when it is over the maximum p95 and also
 *   more than the tolerance slower than the stable version's answer of the pair (a
 *   load burst slows both), and the share of such answers is judged against the
 *   share of pairs where the stable answer was the slow one (a service whose answers
 *   vary a lot has many of both). This is the ratio-against-stable judgement with a
 *   minimum effect size that Kayenta and Flagger use.
 * Each pair is then one observation for the sequential tests of SequentialJudge.
 */
import type { LoadSample } from './load.js';
import { SequentialJudge, type Observation } from './sequential-judge.js';
import type { AnalysisThresholds } from './types.js';

/** An answer over the maximum and more than the tolerance slower than the other version's of its pair. */
function slowerThan(answer: LoadSample, other: LoadSample, maxP95Ms: number, tolerance: number): boolean {
  if (!answer.responded || answer.latencyMs <= maxP95Ms) return false;
  return !other.responded || answer.latencyMs > other.latencyMs * (1 + tolerance);
}

export function pairObservation(
  canary: LoadSample,
  stable: LoadSample,
  maxP95Ms: number,
  tolerance: number,
): Observation {
  const bothFailed = !canary.passed && !stable.passed;
  return {
    failed: bothFailed ? undefined : !canary.passed,
    stableAloneFailed: bothFailed ? undefined : canary.passed && !stable.passed,
    responded: canary.responded,
    slow: slowerThan(canary, stable, maxP95Ms, tolerance),
    stableAloneSlow: stable.responded && slowerThan(stable, canary, maxP95Ms, tolerance),
  };
}

export class PairedJudge {
  readonly judge: SequentialJudge;
  private readonly canary = new Map<number, LoadSample>();
  private readonly stable = new Map<number, LoadSample>();

  constructor(
    private readonly thresholds: AnalysisThresholds,
    falseAlarmRate: number,
    /** How much slower than the stable version an answer may be before it counts, as a share (0.2 = 20 %). */
    private readonly tolerance: number,
    /** Prometheus queries judged when the load ends want the whole window. */
    mayPassEarly = true,
  ) {
    const pct = Math.round(tolerance * 100);
    this.judge = new SequentialJudge(thresholds, falseAlarmRate, mayPassEarly, {
      errors: 'failed requests (against the stable version)',
      latency: `answers slower than ${thresholds.maxP95Ms} ms and ${pct} % slower than the stable version's`,
    });
  }

  get decision() {
    return this.judge.decision;
  }

  /** Takes one finished canary request; true once the verdict is certain. */
  observeCanary(sample: LoadSample): boolean {
    return this.match(sample, this.stable, this.canary, (stable) => [sample, stable]);
  }

  /** Takes one finished stable request; true once the verdict is certain. */
  observeStable(sample: LoadSample): boolean {
    return this.match(sample, this.canary, this.stable, (canary) => [canary, sample]);
  }

  private match(
    sample: LoadSample,
    others: Map<number, LoadSample>,
    waiting: Map<number, LoadSample>,
    order: (other: LoadSample) => [LoadSample, LoadSample],
  ): boolean {
    const other = others.get(sample.index);
    if (!other) {
      waiting.set(sample.index, sample);
      return Boolean(this.judge.decision);
    }
    others.delete(sample.index);
    const [canary, stable] = order(other);
    return this.judge.take(pairObservation(canary, stable, this.thresholds.maxP95Ms, this.tolerance));
  }
}
