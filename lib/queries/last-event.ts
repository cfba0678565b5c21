import 'server-only';
import type { Database } from '@/lib/db/client';

/** When the webhook last received an event, whatever its fate; null before the first. */
export async function queryLastEventAt(database: Database): Promise<string | null> {
  const rows = await database.$queryRaw<{ lastEventAt: Date }[]>`
    SELECT last_event_at AS "lastEventAt" FROM ingest_minutes ORDER BY bucket DESC LIMIT 1`;
  return rows[0]?.lastEventAt.toISOString() ?? null;
}
