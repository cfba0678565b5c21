import type { Client } from 'pg';

// What ingest writes beside the attempts, rebuilt from them in one statement each: the
// hourly rollup with the grouping of lib/ingest/insert-attempts.ts, and the per-minute
// ingestion counters as batches of 500 received a few seconds after each attempt.

const WEBHOOK_BATCH = 500;

export async function buildHourlyRollup(client: Client): Promise<number> {
  const result = await client.query(`
    INSERT INTO attempt_rollups_hourly (bucket, status, is_retry, recipient_domain, send_id,
      sending_ip, virtual_mta, reason, category, provider, smtp_code, enhanced_code, attempts)
    SELECT date_trunc('hour', attempted_at, 'UTC'), status, is_retry, recipient_domain,
      coalesce(send_id, ''), coalesce(sending_ip, ''), coalesce(virtual_mta, ''),
      coalesce(reason, ''), coalesce(category, ''), coalesce(provider, ''),
      coalesce(smtp_code::text, ''), coalesce(enhanced_code, ''), count(*)
    FROM delivery_attempts
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12`);
  return result.rowCount ?? 0;
}

export async function buildIngestMinutes(client: Client): Promise<number> {
  const result = await client.query(
    `INSERT INTO ingest_minutes (bucket, batches, stored, duplicates, other, rejected, last_event_at)
     SELECT date_trunc('minute', received_at, 'UTC'), ceil(count(*) / $1::numeric)::int,
       count(*)::int, 0, 0, 0, max(received_at)
     FROM delivery_attempts GROUP BY 1`,
    [WEBHOOK_BATCH],
  );
  return result.rowCount ?? 0;
}
