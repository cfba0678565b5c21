import 'server-only';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { attemptWhere } from '@/lib/queries/attempt-where';
import { MX_SOURCE, sourceRows } from '@/lib/queries/rollup-source';
import { rollupWhere, soleDomainFilter } from '@/lib/queries/rollup-where';
import type { ReportQuery } from '@/lib/reports/report-filters';

export interface MxHostRow {
  mxHostname: string | null;
  mxIp: string | null;
  attempts: number;
  success: number;
  deferral: number;
  failure: number;
  connmaxout: number;
}

/**
 * The remote MX hosts tried, busiest first. One domain (with a status filter at most)
 * reads its MX cube; any other view counts the attempts themselves.
 */
export async function queryMxHosts(
  database: Database,
  { range, filters }: Pick<ReportQuery, 'range' | 'filters'>,
  limit: number,
): Promise<MxHostRow[]> {
  const domain = soleDomainFilter(filters);
  const source = domain !== null
    ? Prisma.sql`
        SELECT nullif(mx_hostname, '') AS mx_hostname, nullif(mx_ip, '') AS mx_ip, status, attempts
        FROM ${sourceRows(MX_SOURCE, range, false)}
        WHERE ${rollupWhere({ domain, status: filters.status })}`
    : Prisma.sql`
        SELECT mx_hostname, mx_ip, status, 1 AS attempts FROM delivery_attempts
        WHERE ${attemptWhere(range, filters)}`;
  return database.$queryRaw<MxHostRow[]>`
    SELECT mx_hostname AS "mxHostname", mx_ip AS "mxIp", sum(attempts)::float8 AS attempts,
           coalesce(sum(attempts) FILTER (WHERE status = 'success'), 0)::float8 AS success,
           coalesce(sum(attempts) FILTER (WHERE status = 'deferral'), 0)::float8 AS deferral,
           coalesce(sum(attempts) FILTER (WHERE status IN ('failure', 'failure_toolong')), 0)::float8
             AS failure,
           coalesce(sum(attempts) FILTER (WHERE status = 'connmaxout'), 0)::float8 AS connmaxout
    FROM (${source}) AS tried
    GROUP BY 1, 2
    ORDER BY 3 DESC, 1 NULLS LAST, 2 NULLS LAST
    LIMIT ${limit}`;
}
