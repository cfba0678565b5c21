import 'server-only';
import type { Database } from '@/lib/db/client';
import { rollupRows } from '@/lib/queries/rollup-source';
import { rollupWhere } from '@/lib/queries/rollup-where';
import { bucketStartSql } from '@/lib/queries/bucket-sql';
import { truncationZone } from '@/lib/reports/bucket-starts';
import type { ReportQuery } from '@/lib/reports/report-filters';
import { fillStatusSeries, type StatusSeriesPoint } from '@/lib/reports/status-series';

/** Attempts per status and time bucket (days in the view's zone), gaps filled with zeros. */
export async function queryStatusSeries(
  database: Database,
  { range, filters, timeZone }: Pick<ReportQuery, 'range' | 'filters' | 'timeZone'>,
): Promise<StatusSeriesPoint[]> {
  const zone = truncationZone(range.bucket, timeZone);
  // Daily rows are UTC days: other zones' days are made of hours.
  const byHour = range.bucket === 'hour' || zone !== 'UTC';
  const rows = await database.$queryRaw<{ bucket: Date; status: string; attempts: number }[]>`
    SELECT ${bucketStartSql(range.bucket, timeZone)} AS bucket, status,
           sum(attempts)::float8 AS attempts
    FROM ${rollupRows({ range, filters, columns: [], byHour })}
    WHERE ${rollupWhere(filters)}
    GROUP BY 1, 2`;
  return fillStatusSeries(rows, range.from, range.to, range.bucket, timeZone);
}
