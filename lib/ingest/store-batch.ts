import 'server-only';
import { CLASSIFIER_VERSION } from '@/lib/classifier';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { attemptRecord, otherRecord, rejectedRecord } from '@/lib/ingest/batch-records';
import type { SortedBatch } from '@/lib/ingest/sort-events';
import { rollupCtes } from '@/lib/rollups/cubes';

export interface BatchOutcome {
  stored: number;
  duplicates: number;
  other: number;
  rejected: number;
}

const ROLLUP_CTES = rollupCtes('inserted');

const RETRYABLE = /deadlock detected|could not serialize access/i;
const MAX_TRIES = 3;

/**
 * Stores a sorted batch in one statement, so it commits or fails whole: the
 * attempts, the rollups (wide and cubes) of only the attempts really inserted (a repeated
 * event is never counted twice, even when two requests carry it at once: the
 * unique key makes the later one wait), other event types, rejects and the
 * per-minute ingest counters. Resolves only after the commit.
 */
export async function storeBatch(database: Database, batch: SortedBatch): Promise<BatchOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await storeOnce(database, batch);
    } catch (error) {
      if (attempt >= MAX_TRIES || !RETRYABLE.test(String(error))) throw error;
    }
  }
}

async function storeOnce(database: Database, batch: SortedBatch): Promise<BatchOutcome> {
  const [counts] = await database.$queryRaw<{ stored: number; other: number }[]>(batchStatement(batch));
  const stored = counts?.stored ?? 0;
  const other = counts?.other ?? 0;
  const offered = batch.attempts.length + batch.others.length;
  return {
    stored,
    other,
    rejected: batch.rejected.length,
    duplicates: batch.repeatedInBatch + offered - stored - other,
  };
}

/** The one statement that stores a batch; exported so its plan can be examined. */
export function batchStatement(batch: SortedBatch): Prisma.Sql {
  const byKey = <T extends { eventKey: string }>(items: T[]) =>
    [...items].sort((a, b) => (a.eventKey < b.eventKey ? -1 : a.eventKey > b.eventKey ? 1 : 0));
  const attempts = JSON.stringify(byKey(batch.attempts).map(attemptRecord));
  const others = JSON.stringify(byKey(batch.others).map(otherRecord));
  const rejected = JSON.stringify(batch.rejected.map(rejectedRecord));
  const offered = batch.attempts.length + batch.others.length;
  return Prisma.sql`
    WITH incoming AS (
      SELECT * FROM jsonb_to_recordset(${attempts}::jsonb)
        AS t(event_key text, event_unique_id text, legacy_id text, event_time timestamptz,
             attempted_at timestamptz, injected_at timestamptz, status text, channel text,
             is_retry boolean, msguid text, recipient text, recipient_domain text, sender text,
             from_address text, list_id text, send_id text, click_tracking_id text,
             server_id text, mta_id text, virtual_mta text, sending_ip text,
             sending_hostname text, throttle_id text, send_slice_id text, mx_hostname text,
             mx_ip text, message text, message_size bigint, smtp_timing text, headers jsonb,
             catalogue_entry text, rule text, reason text, category text, provider text,
             smtp_code int, enhanced_code text, fingerprint text, raw jsonb)
    ), inserted AS (
      INSERT INTO delivery_attempts (event_key, event_unique_id, legacy_id, event_time,
        attempted_at, injected_at, status, channel, is_retry, msguid, recipient,
        recipient_domain, sender, from_address, list_id, send_id, click_tracking_id, server_id,
        mta_id, virtual_mta, sending_ip, sending_hostname, throttle_id, send_slice_id,
        mx_hostname, mx_ip, message, message_size, smtp_timing, headers, catalogue_entry, rule,
        reason, category, provider, smtp_code, enhanced_code, fingerprint, classifier_version,
        raw)
      SELECT event_key, event_unique_id, legacy_id, event_time, attempted_at, injected_at,
        status, channel, is_retry, msguid, recipient, recipient_domain, sender, from_address,
        list_id, send_id, click_tracking_id, server_id, mta_id, virtual_mta, sending_ip,
        sending_hostname, throttle_id, send_slice_id, mx_hostname, mx_ip, message, message_size,
        smtp_timing, headers, catalogue_entry, rule, reason, category, provider, smtp_code,
        enhanced_code, fingerprint, ${CLASSIFIER_VERSION}::int, raw
      FROM incoming
      ON CONFLICT (event_key) DO NOTHING
      RETURNING attempted_at, injected_at, status, is_retry, recipient_domain, send_id,
        sending_ip, virtual_mta, reason, category, provider, smtp_code, enhanced_code,
        mx_hostname, mx_ip
    ), ${Prisma.raw(ROLLUP_CTES)}, other_inserted AS (
      INSERT INTO other_events (event_key, event_type, event_time, raw)
      SELECT event_key, event_type, event_time, raw
      FROM jsonb_to_recordset(${others}::jsonb)
        AS t(event_key text, event_type text, event_time timestamptz, raw jsonb)
      ON CONFLICT (event_key) DO NOTHING
      RETURNING 1
    ), rejected_inserted AS (
      INSERT INTO rejected_events (event_key, event_type, reason, raw)
      SELECT event_key, event_type, reason, raw
      FROM jsonb_to_recordset(${rejected}::jsonb)
        AS t(event_key text, event_type text, reason text, raw jsonb)
      ON CONFLICT (event_key) DO NOTHING
    ), counts AS (
      SELECT (SELECT count(*) FROM inserted)::int AS stored,
             (SELECT count(*) FROM other_inserted)::int AS other
    ), minute AS (
      INSERT INTO ingest_minutes AS m
        (bucket, batches, stored, duplicates, other, rejected, last_event_at)
      SELECT date_trunc('minute', now(), 'UTC'), 1, stored,
             ${batch.repeatedInBatch + offered}::int - stored - other, other,
             ${batch.rejected.length}::int, now()
      FROM counts
      ON CONFLICT (bucket) DO UPDATE SET
        batches = m.batches + 1,
        stored = m.stored + EXCLUDED.stored,
        duplicates = m.duplicates + EXCLUDED.duplicates,
        other = m.other + EXCLUDED.other,
        rejected = m.rejected + EXCLUDED.rejected,
        last_event_at = EXCLUDED.last_event_at
    )
    SELECT stored, other FROM counts`;
}
