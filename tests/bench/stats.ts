/** Small statistics for the bench: medians, and a bootstrap interval for a ratio of medians. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A small seeded generator (mulberry32), so the same figures always give the same interval. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RatioInterval {
  ratio: number;
  low: number;
  high: number;
}

/**
 * median(a) / median(b), with a 95 % percentile-bootstrap interval: both samples are resampled
 * with replacement `rounds` times and the ratio's 2.5th and 97.5th percentiles reported.
 */
export function medianRatioInterval(
  a: readonly number[],
  b: readonly number[],
  rounds = 4000,
  seed = 1,
): RatioInterval {
  if (a.length === 0 || b.length === 0) throw new Error('a ratio needs figures on both sides');
  const random = seeded(seed);
  const resample = (values: readonly number[]) => values.map(() => values[Math.floor(random() * values.length)] ?? 0);
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) ratios.push(median(resample(a)) / median(resample(b)));
  ratios.sort((x, y) => x - y);
  const at = (share: number) => ratios[Math.min(ratios.length - 1, Math.floor(share * ratios.length))] ?? 0;
  return { ratio: median(a) / median(b), low: at(0.025), high: at(0.975) };
}
