import type { Client } from 'pg';
import { cubeBackfillStatements, WIDE_KEY, wideRowsFromAttempts } from '@/lib/rollups/cubes';

// What ingest writes beside the attempts, rebuilt from them set-based: the rollups with
// the grouping of lib/rollups/cubes.ts, and the per-minute ingestion counters as batches
// of 500 received a few seconds after each attempt.

const WEBHOOK_BATCH = 500;

export async function buildHourlyRollup(client: Client): Promise<number> {
  const result = await client.query(`
    INSERT INTO attempt_rollups_hourly (${WIDE_KEY}, attempts)
    ${wideRowsFromAttempts('delivery_attempts')}`);
  return result.rowCount ?? 0;
}

/** Both grains of every cube, from the wide rollup and the attempts; returns the rows made. */
export async function buildCubes(client: Client): Promise<number> {
  let rows = 0;
  for (const statement of cubeBackfillStatements()) {
    rows += (await client.query(statement)).rowCount ?? 0;
  }
  return rows;
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
