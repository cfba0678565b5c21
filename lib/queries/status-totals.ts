import 'server-only';
import type { Database } from '@/lib/db/client';
import { rollupRows } from '@/lib/queries/rollup-source';
import { rollupWhere } from '@/lib/queries/rollup-where';
import type { ReportQuery } from '@/lib/reports/report-filters';
import { emptyStatusCounts, type StatusCounts } from '@/lib/reports/status-series';

/** Attempts per status in the range and filters, read from the rollups. */
export async function queryStatusTotals(
  database: Database,
  { range, filters }: Pick<ReportQuery, 'range' | 'filters'>,
): Promise<StatusCounts> {
  const rows = await database.$queryRaw<{ status: string; attempts: number }[]>`
    SELECT status, sum(attempts)::float8 AS attempts
    FROM ${rollupRows({ range, filters, columns: [] })}
    WHERE ${rollupWhere(filters)}
    GROUP BY status`;
  const totals = emptyStatusCounts();
  for (const row of rows) {
    if (row.status in totals) totals[row.status as keyof StatusCounts] = Number(row.attempts);
  }
  return totals;
}
