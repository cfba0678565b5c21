import 'server-only';
import type { Database } from '@/lib/db/client';
import type { ClassifiedAttempt, OtherTypeEvent, RejectedEvent, SortedBatch } from '@/lib/ingest/sort-events';
import { insertAttemptsWithRollups } from '@/lib/ingest/insert-attempts';

export interface BatchOutcome {
  stored: number;
  duplicates: number;
  other: number;
  rejected: number;
}

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

const RETRYABLE = /deadlock detected|could not serialize access/i;
const MAX_TRIES = 3;

/**
 * Stores a sorted batch in one transaction: attempts and their rollups, other
 * event types and rejects. Resolves only after the commit.
 */
export async function storeBatch(
  database: Database,
  batch: SortedBatch,
  timeoutMs: number,
): Promise<BatchOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await database.$transaction((tx) => storeInTransaction(tx, batch), {
        timeout: timeoutMs,
        maxWait: timeoutMs,
      });
    } catch (error) {
      if (attempt >= MAX_TRIES || !RETRYABLE.test(String(error))) throw error;
    }
  }
}

async function storeInTransaction(tx: Transaction, batch: SortedBatch): Promise<BatchOutcome> {
  const stored = await insertAttemptsWithRollups(tx, batch.attempts);
  const other = await insertOthers(tx, batch.others);
  await insertRejected(tx, batch.rejected);
  const outcome: BatchOutcome = {
    stored,
    other,
    rejected: batch.rejected.length,
    duplicates:
      batch.repeatedInBatch + (batch.attempts.length - stored) + (batch.others.length - other),
  };
  await countIngestMinute(tx, outcome);
  return outcome;
}

async function insertOthers(tx: Transaction, others: OtherTypeEvent[]): Promise<number> {
  if (others.length === 0) return 0;
  const rows = await tx.$queryRaw<{ stored: number }[]>`
    WITH inserted AS (
      INSERT INTO other_events (event_key, event_type, event_time, raw)
      SELECT * FROM unnest(
        ${others.map((event) => event.eventKey)}::text[],
        ${others.map((event) => event.eventType)}::text[],
        ${others.map((event) => event.eventTime?.toISOString() ?? null)}::timestamptz[],
        ${others.map((event) => JSON.stringify(event.raw))}::jsonb[]
      ) ORDER BY 1
      ON CONFLICT (event_key) DO NOTHING
      RETURNING 1
    )
    SELECT count(*)::int AS stored FROM inserted`;
  return rows[0]?.stored ?? 0;
}

async function insertRejected(tx: Transaction, rejected: RejectedEvent[]): Promise<void> {
  if (rejected.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO rejected_events (event_key, event_type, reason, raw)
    SELECT * FROM unnest(
      ${rejected.map((event) => event.eventKey)}::text[],
      ${rejected.map((event) => event.eventType)}::text[],
      ${rejected.map((event) => event.reason)}::text[],
      ${rejected.map((event) => JSON.stringify(event.raw ?? null))}::jsonb[]
    ) ORDER BY 1
    ON CONFLICT (event_key) DO NOTHING`;
}

async function countIngestMinute(tx: Transaction, outcome: BatchOutcome): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO ingest_minutes AS m
      (bucket, batches, stored, duplicates, other, rejected, last_event_at)
    VALUES (date_trunc('minute', now(), 'UTC'), 1, ${outcome.stored}, ${outcome.duplicates},
            ${outcome.other}, ${outcome.rejected}, now())
    ON CONFLICT (bucket) DO UPDATE SET
      batches = m.batches + 1,
      stored = m.stored + EXCLUDED.stored,
      duplicates = m.duplicates + EXCLUDED.duplicates,
      other = m.other + EXCLUDED.other,
      rejected = m.rejected + EXCLUDED.rejected,
      last_event_at = EXCLUDED.last_event_at`;
}

export type { ClassifiedAttempt };
