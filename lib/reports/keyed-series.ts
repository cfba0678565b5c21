// Time series of a few named keys (reasons), gaps filled with zeros.

export interface KeyedSeriesPoint {
  bucket: string;
  values: Record<string, number>;
}

export interface KeyedBucketRow {
  bucket: Date;
  key: string;
  attempts: number;
}

const STEP_MS = { hour: 3_600_000, day: 86_400_000 } as const;

function zeros(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((key) => [key, 0]));
}

/** One point per bucket from `from` to `to`; rows for keys not asked for are dropped. */
export function fillKeyedSeries(
  rows: readonly KeyedBucketRow[],
  keys: readonly string[],
  range: { from: Date; to: Date; bucket: 'hour' | 'day' },
): KeyedSeriesPoint[] {
  const step = STEP_MS[range.bucket];
  const wanted = new Set(keys);
  const byBucket = new Map<number, Record<string, number>>();
  for (const row of rows) {
    if (!wanted.has(row.key)) continue;
    const values = byBucket.get(row.bucket.getTime()) ?? zeros(keys);
    values[row.key] = (values[row.key] ?? 0) + row.attempts;
    byBucket.set(row.bucket.getTime(), values);
  }
  const points: KeyedSeriesPoint[] = [];
  const start = Math.floor(range.from.getTime() / step) * step;
  for (let time = start; time < range.to.getTime(); time += step) {
    points.push({
      bucket: new Date(time).toISOString(),
      values: byBucket.get(time) ?? zeros(keys),
    });
  }
  return points;
}
