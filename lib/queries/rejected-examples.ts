import 'server-only';
import type { Database } from '@/lib/db/client';

export interface RejectedExample {
  id: number;
  reason: string;
  eventType: string | null;
  receivedAt: string;
  /** The event as received, pretty-printed: attacker-controlled, shown as text only. */
  rawJson: string;
}

/** The latest few rejected events of each reason in the range. */
export async function queryRejectedExamples(
  database: Database,
  range: { from: Date; to: Date },
  perReason: number,
): Promise<RejectedExample[]> {
  const rows = await database.$queryRaw<
    (Omit<RejectedExample, 'receivedAt' | 'rawJson'> & {
      receivedAt: Date;
      raw: unknown;
    })[]
  >`
    SELECT id, reason, "eventType", "receivedAt", raw FROM (
      SELECT id, reason, event_type AS "eventType", received_at AS "receivedAt", raw,
             row_number() OVER (PARTITION BY reason ORDER BY received_at DESC, id DESC) AS place
      FROM rejected_events
      WHERE received_at >= ${range.from} AND received_at < ${range.to}
    ) AS ranked
    WHERE place <= ${perReason}
    ORDER BY reason, "receivedAt" DESC, id DESC`;
  return rows.map(({ raw, receivedAt, ...row }) => ({
    ...row,
    receivedAt: receivedAt.toISOString(),
    rawJson: JSON.stringify(raw, null, 2),
  }));
}
