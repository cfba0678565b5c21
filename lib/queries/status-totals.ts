import 'server-only';
import type { Database } from '@/lib/db/client';
import { emptyStatusCounts, type StatusCounts } from '@/lib/reports/status-series';

/** Attempts per status in [from, to), read from the hourly rollup. */
export async function queryStatusTotals(database: Database, from: Date, to: Date): Promise<StatusCounts> {
  const rows = await database.$queryRaw<{ status: string; attempts: number }[]>`
    SELECT status, sum(attempts)::float8 AS attempts
    FROM attempt_rollups_hourly
    WHERE bucket >= ${from} AND bucket < ${to}
    GROUP BY status`;
  const totals = emptyStatusCounts();
  for (const row of rows) {
    if (row.status in totals) totals[row.status as keyof StatusCounts] = Number(row.attempts);
  }
  return totals;
}
