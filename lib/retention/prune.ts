import 'server-only';
import type { Database } from '@/lib/db/client';

const DAY_MS = 86_400_000;
// Small deletes, each its own statement, so ingestion never waits long on a lock.
const DELETE_BATCH = 5_000;

export interface RetentionPolicy {
  rawDays: number;
  rollupDays: number;
}

export interface PruneOutcome {
  attempts: number;
  otherEvents: number;
  rejectedEvents: number;
  ingestMinutes: number;
  rollupRows: number;
  hourlyCubeRows: number;
  dailyCubeRows: number;
}

/** Deletes raw events older than the raw retention and rollups older than theirs. */
export async function pruneExpired(
  database: Database,
  policy: RetentionPolicy,
  now = new Date(),
): Promise<PruneOutcome> {
  const raw = new Date(now.getTime() - policy.rawDays * DAY_MS);
  const rollup = new Date(now.getTime() - policy.rollupDays * DAY_MS);
  return {
    attempts: await repeatUntilDone(() => database.$executeRaw`
      DELETE FROM delivery_attempts WHERE id = ANY(ARRAY(
        SELECT id FROM delivery_attempts WHERE attempted_at < ${raw} LIMIT ${DELETE_BATCH}))`),
    otherEvents: await repeatUntilDone(() => database.$executeRaw`
      DELETE FROM other_events WHERE id = ANY(ARRAY(
        SELECT id FROM other_events WHERE received_at < ${raw} LIMIT ${DELETE_BATCH}))`),
    rejectedEvents: await repeatUntilDone(() => database.$executeRaw`
      DELETE FROM rejected_events WHERE id = ANY(ARRAY(
        SELECT id FROM rejected_events WHERE received_at < ${raw} LIMIT ${DELETE_BATCH}))`),
    ingestMinutes: await repeatUntilDone(() => database.$executeRaw`
      DELETE FROM ingest_minutes WHERE bucket < ${raw}`),
    rollupRows: await repeatUntilDone(() => database.$executeRaw`
      DELETE FROM attempt_rollups_hourly WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM attempt_rollups_hourly WHERE bucket < ${rollup} LIMIT ${DELETE_BATCH}))`),
    hourlyCubeRows: await repeatUntilDone(() => database.$executeRaw`
      DELETE FROM attempt_cubes_hourly WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM attempt_cubes_hourly WHERE bucket < ${rollup} LIMIT ${DELETE_BATCH}))`),
    // A day goes once all of it is past the retention, as its hours have gone by then.
    dailyCubeRows: await repeatUntilDone(() => database.$executeRaw`
      DELETE FROM attempt_cubes_daily WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM attempt_cubes_daily
        WHERE bucket + interval '1 day' <= ${rollup} LIMIT ${DELETE_BATCH}))`),
  };
}

async function repeatUntilDone(deleteBatch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteBatch();
    total += deleted;
    if (deleted < DELETE_BATCH) return total;
  }
}
