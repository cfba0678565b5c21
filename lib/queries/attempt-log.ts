import 'server-only';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { attemptWhere } from '@/lib/queries/attempt-where';
import type { AttemptCursor } from '@/lib/reports/attempt-cursor';
import type { LogQuery } from '@/lib/reports/log-query';

export interface LogAttempt {
  id: number;
  attemptedAt: string;
  status: string;
  isRetry: boolean;
  recipient: string;
  recipientDomain: string;
  sender: string | null;
  sendId: string | null;
  sendingIp: string | null;
  virtualMta: string | null;
  mxHostname: string | null;
  category: string | null;
  reason: string | null;
  message: string | null;
}

export interface LogAttemptRow extends LogAttempt {
  /** attempted_at to the microsecond, for the next page's cursor. */
  position: string;
}

/**
 * One page of attempts, newest first, after the cursor: a keyset walk of the
 * (attempted_at DESC, id DESC) index, so page 1000 costs what page 1 does.
 */
export async function queryAttemptLog(
  database: Database,
  query: Pick<LogQuery, 'range' | 'filters' | 'log' | 'cursor'>,
  limit: number,
): Promise<LogAttemptRow[]> {
  const where = attemptWhere(query.range, query.filters, query.log);
  const after = keysetAfter(query.cursor);
  const rows = await database.$queryRaw<
    (Omit<LogAttemptRow, 'attemptedAt'> & { attemptedAt: Date })[]
  >`
    SELECT id, attempted_at AS "attemptedAt",
           to_char(attempted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position,
           status, is_retry AS "isRetry", recipient, recipient_domain AS "recipientDomain",
           sender, send_id AS "sendId", sending_ip AS "sendingIp", virtual_mta AS "virtualMta",
           mx_hostname AS "mxHostname", category, reason, message
    FROM delivery_attempts
    WHERE ${where} AND ${after}
    ORDER BY attempted_at DESC, id DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, attemptedAt: row.attemptedAt.toISOString() }));
}

/** The row as shown, without its cursor position. */
export function shownAttempt(row: LogAttemptRow): LogAttempt {
  const attempt: Partial<LogAttemptRow> = { ...row };
  delete attempt.position;
  return attempt as LogAttempt;
}

function keysetAfter(cursor: AttemptCursor | null): Prisma.Sql {
  if (cursor === null) return Prisma.sql`true`;
  return Prisma.sql`(attempted_at, id) < (${cursor.attemptedAt}::timestamptz, ${cursor.id}::int)`;
}
