/**
 * Watches the requests of an analysis as they finish and says when the verdict is
 * certain: the error-rate and latency tests (sequential.ts) plus the user's rule on
 * failures in a row. A pass needs both tests to say healthy and at least
 * `minSamples` answers ("no answers, no verdict"); a fail needs one test to say bad,
 * or more failures in a row than allowed, which no later answer can undo.
 */
import type { LoadSample } from './load.js';
import { formatShare } from './format.js';
import {
  BernoulliSprt,
  errorRateHypotheses,
  LATENCY_HYPOTHESES,
  pairedLatencyHypotheses,
} from './sequential.js';
import type { AnalysisDecision, AnalysisThresholds } from './types.js';

/** One request as the tests see it: failed (or tells nothing about errors), answered, too slow. */
export interface Observation {
  failed?: boolean;
  /**
   * Compared with a stable version: the stable request of the pair failed while this
   * one passed. The canary's failures are then judged against the rate of these.
   */
  stableAloneFailed?: boolean;
  /** Compared with a stable version: the stable answer of the pair was the slow one. */
  stableAloneSlow?: boolean;
  responded: boolean;
  slow: boolean;
}

export class SequentialJudge {
  private readonly errors: BernoulliSprt;
  private readonly latency: BernoulliSprt;
  private samples = 0;
  private responses = 0;
  private failuresInARow = 0;
  private pairs = 0;
  private stableAloneFailures = 0;
  private answeredPairs = 0;
  private stableAloneSlow = 0;
  private readonly started = performance.now();
  decision?: AnalysisDecision;

  constructor(
    private readonly thresholds: AnalysisThresholds,
    readonly falseAlarmRate: number,
    /** With a baseline that is not compared request by request, a pass waits for the whole window. */
    private readonly mayPassEarly: boolean,
    /** What the streams count, in words, when it is more than a failure or an answer over the maximum. */
    names: { errors?: string; latency?: string } = {},
  ) {
    const { p0, p1 } = errorRateHypotheses(thresholds.maxErrorRate);
    this.errors = new BernoulliSprt(names.errors ?? 'failed requests', p0, p1, falseAlarmRate);
    this.latency = new BernoulliSprt(
      names.latency ?? `answers slower than ${thresholds.maxP95Ms} ms`,
      LATENCY_HYPOTHESES.p0,
      LATENCY_HYPOTHESES.p1,
      falseAlarmRate,
    );
  }

  /** Takes one finished request; true once the verdict is certain. */
  observe(sample: LoadSample): boolean {
    return this.take({
      failed: !sample.passed,
      responded: sample.responded,
      slow: sample.responded && sample.latencyMs > this.thresholds.maxP95Ms,
    });
  }

  /**
   * Takes one judged request. A request whose failure is left undefined tells nothing
   * about errors (the stable version failed at the same moment): it neither counts nor
   * breaks a run of failures.
   */
  take(observation: Observation): boolean {
    if (this.decision) return true;
    this.samples += 1;
    if (observation.failed !== undefined) this.errors.add(observation.failed ? 1 : 0);
    if (observation.stableAloneFailed !== undefined) this.judgeErrorsAgainstStable(observation);
    if (observation.responded) {
      this.responses += 1;
      this.latency.add(observation.slow ? 1 : 0);
      if (observation.stableAloneSlow !== undefined) this.judgeLatencyAgainstStable(observation);
    }
    if (observation.failed !== undefined)
      this.failuresInARow = observation.failed ? this.failuresInARow + 1 : 0;
    if (this.failuresInARow > this.thresholds.maxConsecutiveFailures) {
      return this.decide(
        'bad',
        `${this.failuresInARow} requests failed in a row (at most ${this.thresholds.maxConsecutiveFailures} allowed)`,
      );
    }
    const bad = [this.errors, this.latency].find((test) => test.verdict === 'bad');
    if (bad) {
      return this.decide(
        'bad',
        `the evidence of ${bad.name} (${bad.evidence().failures} of ${bad.evidence().observations}) crossed the bad boundary at a false-alarm rate of ${formatShare(this.falseAlarmRate)}`,
      );
    }
    if (
      this.mayPassEarly &&
      this.responses >= this.thresholds.minSamples &&
      this.errors.verdict === 'healthy' &&
      this.latency.verdict === 'healthy'
    ) {
      return this.decide('healthy', `both tests reached the healthy boundary after ${this.samples} requests`);
    }
    return false;
  }

  /**
   * Pairs where only the canary failed, against pairs where only the stable version
   * did: their difference is the canary's excess error rate, so the canary is bad when
   * its lone failures exceed the stable version's by more than the maximum.
   */
  private judgeErrorsAgainstStable(observation: Observation): void {
    this.pairs += 1;
    if (observation.stableAloneFailed) this.stableAloneFailures += 1;
    const { p0, p1 } = errorRateHypotheses(
      this.thresholds.maxErrorRate,
      this.stableAloneFailures / this.pairs,
    );
    this.errors.rebase(p0, p1);
  }

  /** The same for slow answers: the canary's against the stable version's of the same pairs. */
  private judgeLatencyAgainstStable(observation: Observation): void {
    this.answeredPairs += 1;
    if (observation.stableAloneSlow) this.stableAloneSlow += 1;
    const { p0, p1 } = pairedLatencyHypotheses(this.stableAloneSlow / this.answeredPairs);
    this.latency.rebase(p0, p1);
  }

  private decide(by: 'bad' | 'healthy', reason: string): true {
    this.decision = { ...this.snapshot(), by, reason };
    return true;
  }

  private snapshot(): Omit<AnalysisDecision, 'by' | 'reason'> {
    return {
      mode: 'sequential',
      afterSamples: this.samples,
      afterMs: Math.round(performance.now() - this.started),
      falseAlarmRate: this.falseAlarmRate,
      evidence: [this.errors.evidence(), this.latency.evidence()],
    };
  }

  /** The streams whose evidence leans to "bad" when the window ended undecided, in words. */
  leaningBad(): string[] {
    return [this.errors, this.latency]
      .map((test) => test.evidence())
      .filter((evidence) => evidence.logRatio > 0)
      .map((evidence) => `${evidence.name}: ${evidence.failures} of ${evidence.observations}`);
  }

  /** The decision, or one saying the window ran out before the evidence was conclusive. */
  final(): AnalysisDecision {
    return (
      this.decision ?? {
        ...this.snapshot(),
        by: 'window',
        reason: 'the evidence was not conclusive before the window ended: the whole window was judged',
      }
    );
  }
}
