import { describe, expect, test } from 'vitest';
import { DELAY_BASE } from '@/lib/rollups/cubes';
import { delayBucketBounds, histogramPercentile, type DelayBucket } from '@/lib/reports/delay-histogram';

function histogramOf(delays: number[]): DelayBucket[] {
  const counts = new Map<number, number>();
  for (const delay of delays) {
    const bucket = Math.floor(Math.log(delay + 1) / Math.log(DELAY_BASE));
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return [...counts].map(([bucket, count]) => ({ bucket, count }));
}

function exactPercentile(delays: number[], p: number): number {
  const sorted = [...delays].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}

describe('histogramPercentile', () => {
  test('an empty histogram has no percentile', () => {
    expect(histogramPercentile([], 0.5)).toBeNull();
    expect(histogramPercentile([{ bucket: 3, count: 0 }], 0.5)).toBeNull();
  });

  test('bucket bounds follow the documented geometry', () => {
    expect(delayBucketBounds(0)).toEqual({ lower: 0, upper: DELAY_BASE - 1 });
    const { lower, upper } = delayBucketBounds(80);
    expect((upper + 1) / (lower + 1)).toBeCloseTo(DELAY_BASE, 12);
  });

  test('one value lands in the middle of its bucket', () => {
    const [only] = histogramOf([600]);
    const { lower, upper } = delayBucketBounds(only!.bucket);
    expect(histogramPercentile([only!], 0.5)).toBeCloseTo((lower + upper) / 2, 9);
    expect(lower).toBeLessThanOrEqual(600);
    expect(upper).toBeGreaterThan(600);
  });

  test('buckets are read in order, whatever order the rows come in', () => {
    const rows = histogramOf([5, 50, 500, 5000]);
    expect(histogramPercentile([...rows].reverse(), 0.5)).toBe(histogramPercentile(rows, 0.5));
  });

  test.each([
    ['seconds to minutes', Array.from({ length: 1000 }, (_, i) => 2 + ((i * 7919) % 600))],
    ['a long tail of hours', Array.from({ length: 500 }, (_, i) => (i < 450 ? 30 + i : 3600 * (i - 449)))],
    ['all alike', Array.from({ length: 50 }, () => 120)],
  ])('median and p95 within 5 %% of percentile_cont: %s', (_, delays) => {
    const histogram = histogramOf(delays);
    for (const p of [0.5, 0.95]) {
      const exact = exactPercentile(delays, p);
      const estimate = histogramPercentile(histogram, p)!;
      expect(Math.abs(estimate + 1 - (exact + 1)) / (exact + 1)).toBeLessThan(0.05);
    }
  });
});
