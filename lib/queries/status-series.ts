import 'server-only';
import type { Database } from '@/lib/db/client';
import { rollupRows } from '@/lib/queries/rollup-source';
import { rollupWhere } from '@/lib/queries/rollup-where';
import type { ReportQuery } from '@/lib/reports/report-filters';
import { fillStatusSeries, type StatusSeriesPoint } from '@/lib/reports/status-series';

/** Attempts per status and time bucket, gaps filled with zeros. */
export async function queryStatusSeries(
  database: Database,
  { range, filters }: Pick<ReportQuery, 'range' | 'filters'>,
): Promise<StatusSeriesPoint[]> {
  const rows = await database.$queryRaw<{ bucket: Date; status: string; attempts: number }[]>`
    SELECT date_trunc(${range.bucket}, bucket, 'UTC') AS bucket, status,
           sum(attempts)::float8 AS attempts
    FROM ${rollupRows({ range, filters, columns: [], byHour: range.bucket === 'hour' })}
    WHERE ${rollupWhere(range, filters)}
    GROUP BY 1, 2`;
  return fillStatusSeries(rows, range.from, range.to, range.bucket);
}
