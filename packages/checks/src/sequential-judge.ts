/**
 * Watches the requests of an analysis as they finish and says when the verdict is
 * certain: the error-rate and latency tests (sequential.ts) plus the user's rule on
 * failures in a row. A pass needs both tests to say healthy and at least
 * `minSamples` answers ("no answers, no verdict"); a fail needs one test to say bad,
 * or more failures in a row than allowed, which no later answer can undo.
 */
import type { LoadSample } from './load.js';
import { formatShare } from './format.js';
import { BernoulliSprt, errorRateHypotheses, LATENCY_HYPOTHESES } from './sequential.js';
import type { AnalysisDecision, AnalysisThresholds } from './types.js';

export class SequentialJudge {
  private readonly errors: BernoulliSprt;
  private readonly latency: BernoulliSprt;
  private samples = 0;
  private responses = 0;
  private failuresInARow = 0;
  private readonly started = performance.now();
  decision?: AnalysisDecision;

  constructor(
    private readonly thresholds: AnalysisThresholds,
    readonly falseAlarmRate: number,
    /** With a baseline to compare with, a pass waits for the whole window. */
    private readonly mayPassEarly: boolean,
  ) {
    const { p0, p1 } = errorRateHypotheses(thresholds.maxErrorRate);
    this.errors = new BernoulliSprt('failed requests', p0, p1, falseAlarmRate);
    this.latency = new BernoulliSprt(
      `answers slower than ${thresholds.maxP95Ms} ms`,
      LATENCY_HYPOTHESES.p0,
      LATENCY_HYPOTHESES.p1,
      falseAlarmRate,
    );
  }

  /** Takes one finished request; true once the verdict is certain. */
  observe(sample: LoadSample): boolean {
    if (this.decision) return true;
    this.samples += 1;
    this.errors.add(sample.passed ? 0 : 1);
    if (sample.responded) {
      this.responses += 1;
      this.latency.add(sample.latencyMs > this.thresholds.maxP95Ms ? 1 : 0);
    }
    this.failuresInARow = sample.passed ? 0 : this.failuresInARow + 1;
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
