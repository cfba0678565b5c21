import 'server-only';
import type { Database } from '@/lib/db/client';
import { attemptWhere } from '@/lib/queries/attempt-where';
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

/** The remote MX hosts tried, busiest first; read from the attempts (not in the rollup). */
export async function queryMxHosts(
  database: Database,
  { range, filters }: Pick<ReportQuery, 'range' | 'filters'>,
  limit: number,
): Promise<MxHostRow[]> {
  return database.$queryRaw<MxHostRow[]>`
    SELECT mx_hostname AS "mxHostname", mx_ip AS "mxIp", count(*)::float8 AS attempts,
           (count(*) FILTER (WHERE status = 'success'))::float8 AS success,
           (count(*) FILTER (WHERE status = 'deferral'))::float8 AS deferral,
           (count(*) FILTER (WHERE status IN ('failure', 'failure_toolong')))::float8 AS failure,
           (count(*) FILTER (WHERE status = 'connmaxout'))::float8 AS connmaxout
    FROM delivery_attempts
    WHERE ${attemptWhere(range, filters)}
    GROUP BY 1, 2
    ORDER BY 3 DESC, 1 NULLS LAST, 2 NULLS LAST
    LIMIT ${limit}`;
}
