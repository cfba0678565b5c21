import 'server-only';
import type { Database } from '@/lib/db/client';

export interface OtherEventCount {
  eventType: string;
  events: number;
  lastReceivedAt: string;
}

/** Events of types other than delivery_attempt received in the range, per event_type. */
export async function queryOtherEventCounts(
  database: Database,
  range: { from: Date; to: Date },
): Promise<OtherEventCount[]> {
  const rows = await database.$queryRaw<
    { eventType: string; events: number; lastReceivedAt: Date }[]
  >`
    SELECT event_type AS "eventType", count(*)::int AS events, max(received_at) AS "lastReceivedAt"
    FROM other_events
    WHERE received_at >= ${range.from} AND received_at < ${range.to}
    GROUP BY event_type
    ORDER BY 2 DESC, 1`;
  return rows.map((row) => ({ ...row, lastReceivedAt: row.lastReceivedAt.toISOString() }));
}
