import 'server-only';
import { Prisma } from '@/lib/db/generated/client';
import { truncationZone } from '@/lib/reports/bucket-starts';

/** Whether a series must be summed from hourly rows: daily rows are UTC days. */
export function seriesNeedsHours(bucket: 'hour' | 'day', timeZone: string): boolean {
  return bucket === 'hour' || truncationZone(bucket, timeZone) !== 'UTC';
}

/**
 * The start of the chart bucket an hourly rollup row counts in, as bucketStarts makes
 * them: a UTC hour, or the view's local day started at its first whole UTC hour.
 */
export function bucketStartSql(bucket: 'hour' | 'day', timeZone: string): Prisma.Sql {
  if (bucket === 'hour') return Prisma.sql`date_trunc('hour', bucket, 'UTC')`;
  const zone = truncationZone(bucket, timeZone);
  return Prisma.sql`date_trunc('hour',
    date_trunc('day', bucket, ${zone}) + interval '59 minutes 59.999999 seconds', 'UTC')`;
}
