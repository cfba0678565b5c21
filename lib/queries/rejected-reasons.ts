import 'server-only';
import type { Database } from '@/lib/db/client';

export interface RejectedReason {
  reason: string;
  events: number;
  lastReceivedAt: string;
}

/** Rejected events received in the range, per reason, most frequent first. */
export async function queryRejectedReasons(
  database: Database,
  range: { from: Date; to: Date },
): Promise<RejectedReason[]> {
  const rows = await database.$queryRaw<{ reason: string; events: number; lastReceivedAt: Date }[]>`
    SELECT reason, count(*)::int AS events, max(received_at) AS "lastReceivedAt"
    FROM rejected_events
    WHERE received_at >= ${range.from} AND received_at < ${range.to}
    GROUP BY reason
    ORDER BY 2 DESC, 1`;
  return rows.map((row) => ({ ...row, lastReceivedAt: row.lastReceivedAt.toISOString() }));
}
