import 'server-only';
import type { Database } from '@/lib/db/client';
import { rollupRows } from '@/lib/queries/rollup-source';
import { rollupWhere } from '@/lib/queries/rollup-where';
import { bucketStartSql, seriesNeedsHours } from '@/lib/queries/bucket-sql';
import type { ReportQuery } from '@/lib/reports/report-filters';
import { fillStatusSeries, type StatusSeriesPoint } from '@/lib/reports/status-series';

/** Attempts per status and time bucket (days in the view's zone), gaps filled with zeros. */
export async function queryStatusSeries(
  database: Database,
  { range, filters, timeZone }: Pick<ReportQuery, 'range' | 'filters' | 'timeZone'>,
): Promise<StatusSeriesPoint[]> {
  const byHour = seriesNeedsHours(range.bucket, timeZone);
  const rows = await database.$queryRaw<{ bucket: Date; status: string; attempts: number }[]>`
    SELECT ${bucketStartSql(range.bucket, timeZone)} AS bucket, status,
           sum(attempts)::float8 AS attempts
    FROM ${rollupRows({ range, filters, columns: [], byHour })}
    WHERE ${rollupWhere(filters)}
    GROUP BY 1, 2`;
  return fillStatusSeries(rows, range.from, range.to, range.bucket, timeZone);
}
