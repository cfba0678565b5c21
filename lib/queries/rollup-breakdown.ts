import 'server-only';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { rollupRows } from '@/lib/queries/rollup-source';
import { rollupWhere } from '@/lib/queries/rollup-where';
import type { RollupColumn } from '@/lib/rollups/cubes';
import type { ReportQuery } from '@/lib/reports/report-filters';

export interface BreakdownRow {
  /** The grouped value ('' = absent): a reason, a sending IP, or 'true'/'false' for retries. */
  value: string;
  /** Its companion: the reason's category, the IP's VirtualMTA; '' otherwise. */
  detail: string;
  attempts: number;
  success: number;
  deferral: number;
  failure: number;
  failureToolong: number;
  connmaxout: number;
}

// Fixed pairs of rollup columns: callers pick a key, never SQL text.
const GROUPINGS = {
  reason: { value: 'reason', detail: 'category', columns: ['reason', 'category'] },
  sendingIp: { value: 'sending_ip', detail: 'virtual_mta', columns: ['sending_ip', 'virtual_mta'] },
  retry: { value: 'is_retry::text', detail: "''", columns: ['is_retry'] },
} as const satisfies Record<string, { value: string; detail: string; columns: RollupColumn[] }>;

export type Breakdown = keyof typeof GROUPINGS;

/** Attempts per status for each value of one rollup dimension, largest first. */
export async function queryRollupBreakdown(
  database: Database,
  { range, filters }: Pick<ReportQuery, 'range' | 'filters'>,
  breakdown: Breakdown,
  limit: number,
): Promise<BreakdownRow[]> {
  const { value, detail, columns } = GROUPINGS[breakdown];
  return database.$queryRaw<BreakdownRow[]>`
    SELECT ${Prisma.raw(value)} AS value, ${Prisma.raw(detail)} AS detail, sum(attempts)::float8 AS attempts,
           coalesce(sum(attempts) FILTER (WHERE status = 'success'), 0)::float8 AS success,
           coalesce(sum(attempts) FILTER (WHERE status = 'deferral'), 0)::float8 AS deferral,
           coalesce(sum(attempts) FILTER (WHERE status = 'failure'), 0)::float8 AS failure,
           coalesce(sum(attempts) FILTER (WHERE status = 'failure_toolong'), 0)::float8
             AS "failureToolong",
           coalesce(sum(attempts) FILTER (WHERE status = 'connmaxout'), 0)::float8 AS connmaxout
    FROM ${rollupRows({ range, filters, columns })}
    WHERE ${rollupWhere(filters)}
    GROUP BY 1, 2
    ORDER BY 3 DESC, 1, 2
    LIMIT ${limit}`;
}
