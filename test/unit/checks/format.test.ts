import { describe, expect, it } from '@jest/globals';
import { formatMs, formatShare } from '../../../packages/checks/src/index.js';

describe('figures as people read them', () => {
  it('shows shares as percentages with one decimal, small ones with two significant digits', () => {
    expect(formatShare(1 / 15)).toBe('6.7 %');
    expect(formatShare(0.1)).toBe('10 %');
    expect(formatShare(0.05)).toBe('5 %');
    expect(formatShare(0)).toBe('0 %');
    expect(formatShare(1)).toBe('100 %');
    expect(formatShare(1 / 3000)).toBe('0.033 %');
    expect(formatShare(0.01 + 1e-17)).toBe('1 %');
  });

  it('shows latencies with a tenth of a millisecond below 100 ms and none above', () => {
    expect(formatMs(3.456)).toBe('3.5 ms');
    expect(formatMs(12)).toBe('12 ms');
    expect(formatMs(99.96)).toBe('100 ms');
    expect(formatMs(245.61)).toBe('246 ms');
    expect(formatMs(0)).toBe('0 ms');
  });
});
