import { DELAY_BASE } from '@/lib/rollups/cubes';

// Percentiles of delivery delay from the per-domain delay histogram (lib/rollups/cubes.ts):
// bucket b holds delays d with BASE^b <= d + 1 < BASE^(b+1), so an estimate is within
// about 5 % of the true value, whatever the volume.

export interface DelayBucket {
  bucket: number;
  count: number;
}

/** The delays of bucket b span [lower, upper) seconds. */
export function delayBucketBounds(bucket: number): { lower: number; upper: number } {
  return { lower: DELAY_BASE ** bucket - 1, upper: DELAY_BASE ** (bucket + 1) - 1 };
}

/**
 * The p-th percentile (0..1) as percentile_cont would give it over the raw delays, with
 * each value estimated as spread evenly through its bucket; null for an empty histogram.
 */
export function histogramPercentile(histogram: readonly DelayBucket[], p: number): number | null {
  const sorted = histogram.filter((row) => row.count > 0).sort((a, b) => a.bucket - b.bucket);
  const total = sorted.reduce((sum, row) => sum + row.count, 0);
  if (total === 0) return null;
  const position = p * (total - 1);
  const below = Math.floor(position);
  const lowerValue = valueAtRank(sorted, below);
  if (below === position) return lowerValue;
  return lowerValue + (position - below) * (valueAtRank(sorted, below + 1) - lowerValue);
}

function valueAtRank(sorted: readonly DelayBucket[], rank: number): number {
  let before = 0;
  for (const row of sorted) {
    if (rank < before + row.count) {
      const { lower, upper } = delayBucketBounds(row.bucket);
      return lower + ((rank - before + 0.5) / row.count) * (upper - lower);
    }
    before += row.count;
  }
  throw new RangeError(`rank ${rank} is past the histogram`);
}
