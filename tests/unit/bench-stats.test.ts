import { describe, expect, it } from 'vitest';
import { median, medianRatioInterval } from '../bench/stats';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('medianRatioInterval', () => {
  it('brackets the ratio of medians, the same way every time', () => {
    const a = Array.from({ length: 50 }, (_, i) => 100 + (i % 10));
    const b = Array.from({ length: 50 }, (_, i) => 90 + (i % 10));
    const interval = medianRatioInterval(a, b);
    expect(interval.ratio).toBeCloseTo(104.5 / 94.5);
    expect(interval.low).toBeLessThanOrEqual(interval.ratio);
    expect(interval.high).toBeGreaterThanOrEqual(interval.ratio);
    expect(medianRatioInterval(a, b)).toEqual(interval);
  });

  it('is narrow for steady figures and wide for noisy ones', () => {
    const steady = Array.from({ length: 60 }, () => 100);
    const noisy = Array.from({ length: 60 }, (_, i) => (i % 2 ? 60 : 140));
    const tight = medianRatioInterval(steady, steady);
    expect([tight.low, tight.high]).toEqual([1, 1]);
    const loose = medianRatioInterval(noisy, steady);
    expect(loose.high - loose.low).toBeGreaterThan(0.5);
  });

  it('refuses an empty side', () => {
    expect(() => medianRatioInterval([], [1])).toThrow();
  });
});
