// Time series of a few named keys (reasons), gaps filled with zeros.

import { bucketStarts } from '@/lib/reports/bucket-starts';

export interface KeyedSeriesPoint {
  bucket: string;
  values: Record<string, number>;
}

export interface KeyedBucketRow {
  bucket: Date;
  key: string;
  attempts: number;
}

function zeros(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((key) => [key, 0]));
}

/** One point per bucket from `from` to `to` (days in `timeZone`); other keys are dropped. */
export function fillKeyedSeries(
  rows: readonly KeyedBucketRow[],
  keys: readonly string[],
  range: { from: Date; to: Date; bucket: 'hour' | 'day' },
  timeZone = 'UTC',
): KeyedSeriesPoint[] {
  const wanted = new Set(keys);
  const byBucket = new Map<number, Record<string, number>>();
  for (const row of rows) {
    if (!wanted.has(row.key)) continue;
    const values = byBucket.get(row.bucket.getTime()) ?? zeros(keys);
    values[row.key] = (values[row.key] ?? 0) + row.attempts;
    byBucket.set(row.bucket.getTime(), values);
  }
  return bucketStarts(range.from, range.to, range.bucket, timeZone).map((start) => ({
    bucket: start.toISOString(),
    values: byBucket.get(start.getTime()) ?? zeros(keys),
  }));
}
