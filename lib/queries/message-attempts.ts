import 'server-only';
import type { Database } from '@/lib/db/client';

export interface MessageAttempt {
  id: number;
  attemptedAt: string;
  status: string;
  isRetry: boolean;
  mxHostname: string | null;
  sendingIp: string | null;
  message: string | null;
}

/** Every stored attempt of one message (msguid), oldest first, bounded for huge retry chains. */
export async function queryMessageAttempts(
  database: Database,
  msguid: string,
  limit: number,
): Promise<MessageAttempt[]> {
  const rows = await database.$queryRaw<
    (Omit<MessageAttempt, 'attemptedAt'> & { attemptedAt: Date })[]
  >`
    SELECT id, attempted_at AS "attemptedAt", status, is_retry AS "isRetry",
           mx_hostname AS "mxHostname", sending_ip AS "sendingIp", message
    FROM delivery_attempts
    WHERE msguid = ${msguid}
    ORDER BY attempted_at, id
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, attemptedAt: row.attemptedAt.toISOString() }));
}
