import 'server-only';
import type { Database } from '@/lib/db/client';

export interface StoredAttempt {
  id: number;
  attemptedAt: string;
  injectedAt: string | null;
  receivedAt: string;
  status: string;
  isRetry: boolean;
  msguid: string | null;
  recipient: string;
  recipientDomain: string;
  sender: string | null;
  sendId: string | null;
  listId: string | null;
  virtualMta: string | null;
  sendingIp: string | null;
  sendingHostname: string | null;
  mxHostname: string | null;
  mxIp: string | null;
  message: string | null;
  catalogueEntry: string | null;
  rule: string | null;
  reason: string | null;
  category: string | null;
  provider: string | null;
  smtpCode: number | null;
  enhancedCode: string | null;
  fingerprint: string | null;
  raw: unknown;
}

type Row = Omit<StoredAttempt, 'attemptedAt' | 'injectedAt' | 'receivedAt'> & {
  attemptedAt: Date;
  injectedAt: Date | null;
  receivedAt: Date;
};

/** One stored attempt with its raw event, or null when there is no such id. */
export async function queryAttemptById(
  database: Database,
  id: number,
): Promise<StoredAttempt | null> {
  const rows = await database.$queryRaw<Row[]>`
    SELECT id, attempted_at AS "attemptedAt", injected_at AS "injectedAt",
           received_at AS "receivedAt", status, is_retry AS "isRetry", msguid, recipient,
           recipient_domain AS "recipientDomain", sender, send_id AS "sendId", list_id AS "listId",
           virtual_mta AS "virtualMta", sending_ip AS "sendingIp",
           sending_hostname AS "sendingHostname", mx_hostname AS "mxHostname", mx_ip AS "mxIp",
           message, catalogue_entry AS "catalogueEntry", rule, reason, category, provider,
           smtp_code AS "smtpCode", enhanced_code AS "enhancedCode", fingerprint, raw
    FROM delivery_attempts
    WHERE id = ${id}::int`;
  const row = rows[0];
  if (!row) return null;
  return {
    ...row,
    attemptedAt: row.attemptedAt.toISOString(),
    injectedAt: row.injectedAt?.toISOString() ?? null,
    receivedAt: row.receivedAt.toISOString(),
  };
}
