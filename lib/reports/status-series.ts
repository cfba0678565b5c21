import { DELIVERY_STATUSES, type DeliveryStatus } from '@/lib/greenarrow/delivery-status';
import { bucketStarts } from '@/lib/reports/bucket-starts';

export type StatusCounts = Record<DeliveryStatus, number>;
export interface StatusSeriesPoint extends StatusCounts {
  bucket: string;
}

export interface StatusBucketRow {
  bucket: Date;
  status: string;
  attempts: number;
}

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** One point per bucket from `from` to `to` (days in `timeZone`), zeros where nothing happened. */
export function fillStatusSeries(
  rows: readonly StatusBucketRow[],
  from: Date,
  to: Date,
  bucket: 'hour' | 'day',
  timeZone = 'UTC',
): StatusSeriesPoint[] {
  const byBucket = new Map<number, StatusCounts>();
  for (const row of rows) {
    const counts = byBucket.get(row.bucket.getTime()) ?? emptyStatusCounts();
    if (row.status in counts) counts[row.status as DeliveryStatus] += row.attempts;
    byBucket.set(row.bucket.getTime(), counts);
  }
  return bucketStarts(from, to, bucket, timeZone).map((start) => ({
    bucket: start.toISOString(),
    ...(byBucket.get(start.getTime()) ?? emptyStatusCounts()),
  }));
}
