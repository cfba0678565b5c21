import 'server-only';
import type { Database } from '@/lib/db/client';
import { attemptWhere } from '@/lib/queries/attempt-where';
import type { LatestAttempt } from '@/lib/queries/latest-attempts';
import type { ReportQuery } from '@/lib/reports/report-filters';

/** The newest attempts matching the view's range and filters, newest first. */
export async function queryRecentAttempts(
  database: Database,
  { range, filters }: Pick<ReportQuery, 'range' | 'filters'>,
  limit: number,
): Promise<LatestAttempt[]> {
  const rows = await database.$queryRaw<
    (Omit<LatestAttempt, 'attemptedAt'> & { attemptedAt: Date })[]
  >`
    SELECT id, attempted_at AS "attemptedAt", status, recipient_domain AS "recipientDomain",
           sending_ip AS "sendingIp", mx_hostname AS "mxHostname", category, reason, message
    FROM delivery_attempts
    WHERE ${attemptWhere(range, filters)}
    ORDER BY attempted_at DESC, id DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, attemptedAt: row.attemptedAt.toISOString() }));
}
