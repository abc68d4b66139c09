import { describe, expect, it } from '@jest/globals';
import { PairedJudge, pairObservation } from '../../../packages/checks/src/paired-judge.js';
import type { LoadSample } from '../../../packages/checks/src/load.js';

const thresholds = { maxErrorRate: 0.02, maxP95Ms: 190, minSamples: 20, maxConsecutiveFailures: 3 };
const answer = (index: number, latencyMs: number, passed = true): LoadSample => ({
  index,
  passed,
  responded: true,
  latencyMs,
});

/** Feeds `count` pairs made by `pair(i)` and returns the judge's decision. */
function judge(count: number, pair: (index: number) => [LoadSample, LoadSample]) {
  const paired = new PairedJudge(thresholds, 0.01, 0.2);
  for (let index = 0; index < count && !paired.decision; index += 1) {
    const [canary, stable] = pair(index);
    paired.observeStable(stable);
    paired.observeCanary(canary);
  }
  return paired.decision;
}

describe('a canary judged against the stable version asked at the same moment', () => {
  it('does not count a slowdown both versions share', () => {
    // A busy machine: both answer in 400–450 ms, far over the 190 ms maximum.
    const decision = judge(2_000, (i) => [answer(i, 400 + ((i * 7) % 50)), answer(i, 400 + ((i * 13) % 50))]);
    expect(decision?.by).toBe('healthy');
  });

  it('does not count failures both versions share', () => {
    // Every fifth request fails on both (the router hiccups), nothing else.
    const decision = judge(2_000, (i) => [answer(i, 120, i % 5 !== 0), answer(i, 120, i % 5 !== 0)]);
    expect(decision?.by).toBe('healthy');
  });

  it('catches a canary 50 % slower than the stable version', () => {
    const decision = judge(2_000, (i) => [answer(i, 150 + (i % 75)), answer(i, 100 + (i % 50))]);
    expect(decision?.by).toBe('bad');
    expect(decision!.afterSamples).toBeLessThan(100);
  });

  it('catches a canary failing 5 % of requests more than the stable version', () => {
    const decision = judge(5_000, (i) => [answer(i, 120, i % 20 !== 7), answer(i, 120, i % 200 !== 3)]);
    expect(decision?.by).toBe('bad');
  });

  it('catches a canary failing every request in a few pairs', () => {
    const decision = judge(100, (i) => [answer(i, 5, false), answer(i, 120)]);
    expect(decision?.by).toBe('bad');
    expect(decision!.afterSamples).toBeLessThanOrEqual(4);
  });

  it('counts an answer as slow only over the maximum and beyond the tolerance', () => {
    expect(pairObservation(answer(0, 230), answer(0, 200), 190, 0.2).slow).toBe(false);
    expect(pairObservation(answer(0, 250), answer(0, 200), 190, 0.2).slow).toBe(true);
    expect(pairObservation(answer(0, 180), answer(0, 100), 190, 0.2).slow).toBe(false);
    expect(pairObservation(answer(0, 100), answer(0, 250), 190, 0.2).stableAloneSlow).toBe(true);
    expect(pairObservation(answer(0, 5, false), answer(0, 5, false), 190, 0.2).failed).toBeUndefined();
  });
});
