import { DELIVERY_STATUSES, type DeliveryStatus } from '@/lib/greenarrow/delivery-status';

export type StatusCounts = Record<DeliveryStatus, number>;
export interface StatusSeriesPoint extends StatusCounts {
  bucket: string;
}

export interface StatusBucketRow {
  bucket: Date;
  status: string;
  attempts: number;
}

const STEP_MS = { hour: 3_600_000, day: 86_400_000 } as const;

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** One point per bucket from `from` to `to`, zeros where nothing happened. */
export function fillStatusSeries(
  rows: readonly StatusBucketRow[],
  from: Date,
  to: Date,
  bucket: 'hour' | 'day',
): StatusSeriesPoint[] {
  const step = STEP_MS[bucket];
  const byBucket = new Map<number, StatusCounts>();
  for (const row of rows) {
    const counts = byBucket.get(row.bucket.getTime()) ?? emptyStatusCounts();
    if (row.status in counts) counts[row.status as DeliveryStatus] += row.attempts;
    byBucket.set(row.bucket.getTime(), counts);
  }
  const points: StatusSeriesPoint[] = [];
  for (let time = Math.floor(from.getTime() / step) * step; time < to.getTime(); time += step) {
    points.push({ bucket: new Date(time).toISOString(), ...(byBucket.get(time) ?? emptyStatusCounts()) });
  }
  return points;
}
