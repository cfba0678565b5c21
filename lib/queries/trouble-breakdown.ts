import 'server-only';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { DIMENSION_COLUMNS } from '@/lib/queries/rollup-dimension';
import { rollupRows } from '@/lib/queries/rollup-source';
import { rollupWhere } from '@/lib/queries/rollup-where';
import type { TroubleRow } from '@/lib/reports/breakdown-types';
import type { ReportQuery } from '@/lib/reports/report-filters';

const FAILURE_STATUSES = ['failure', 'failure_toolong'];

/** Recipient domains or sending IPs with the most deferrals and failures together. */
export async function queryTroubleBreakdown(
  database: Database,
  { range, filters }: Pick<ReportQuery, 'range' | 'filters'>,
  dimension: 'domain' | 'sendingIp',
  limit: number,
): Promise<TroubleRow[]> {
  const column = DIMENSION_COLUMNS[dimension];
  return database.$queryRaw<TroubleRow[]>`
    SELECT value, attempts, deferrals, failures FROM (
      SELECT ${Prisma.raw(column)} AS value, sum(attempts)::float8 AS attempts,
             coalesce(sum(attempts) FILTER (WHERE status = 'deferral'), 0)::float8 AS deferrals,
             coalesce(sum(attempts) FILTER (WHERE status = ANY(${FAILURE_STATUSES}::text[])), 0)::float8
               AS failures
      FROM ${rollupRows({ range, filters, columns: [column] })}
      WHERE ${rollupWhere(filters)}
      GROUP BY 1
    ) grouped
    WHERE deferrals + failures > 0
    ORDER BY deferrals + failures DESC, value
    LIMIT ${limit}`;
}
