import 'server-only';
import type { Database } from '@/lib/db/client';

export interface LatestAttempt {
  id: number;
  attemptedAt: string;
  status: string;
  recipientDomain: string;
  sendingIp: string | null;
  mxHostname: string | null;
  category: string | null;
  reason: string | null;
  message: string | null;
}

/** The most recent attempts in the range, newest first. */
export async function queryLatestAttempts(
  database: Database,
  from: Date,
  to: Date,
  limit: number,
): Promise<LatestAttempt[]> {
  const rows = await database.$queryRaw<(Omit<LatestAttempt, 'attemptedAt'> & { attemptedAt: Date })[]>`
    SELECT id, attempted_at AS "attemptedAt", status, recipient_domain AS "recipientDomain",
           sending_ip AS "sendingIp", mx_hostname AS "mxHostname", category, reason, message
    FROM delivery_attempts
    WHERE attempted_at >= ${from} AND attempted_at < ${to}
    ORDER BY attempted_at DESC, id DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, attemptedAt: row.attemptedAt.toISOString() }));
}
