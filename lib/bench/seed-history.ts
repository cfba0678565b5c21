import { Client } from 'pg';
import { copyAttemptPool } from '@/lib/bench/attempt-pool';
import { recreateDatabase, writeSeedLabel, type SeedLabel } from '@/lib/bench/bench-database';
import { suspendIndexes } from '@/lib/bench/bulk-indexes';
import { buildCubes, buildHourlyRollup, buildIngestMinutes } from '@/lib/bench/derived-tables';
import { DROP_POOL, insertReplica, markFixedDomains } from '@/lib/bench/multiply-pool';
import { planSeed, replicaKeep, type SeedPlan } from '@/lib/bench/seed-plan';
import { parseConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';

export interface SeedOptions {
  url: string;
  events: number;
  days: number;
  seed: number;
  workers: number;
}

export type PhaseReport = (phase: string, rows: number, seconds: number, note?: string) => void;

// Session settings for a one-off bulk load on a shared server: nothing here changes the
// server's configuration, and a crash mid-load only loses this throw-away database.
const BULK_SESSION = `SET synchronous_commit = off; SET work_mem = '512MB';
  SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 2;
  SET statement_timeout = 0; SET jit = off`;

export async function seedHistory(options: SeedOptions, report: PhaseReport): Promise<SeedLabel> {
  const plan = planSeed(options.events, options.days);
  await recreateDatabase(options.url);
  await applyMigrations(parseConfig({ DATABASE_URL: options.url }));
  const client = await bulkClient(options.url);
  try {
    const pool = await timed(report, 'pool', async () => {
      const rows = await copyAttemptPool(client, {
        seed: options.seed,
        start: plan.poolStart,
        end: plan.end,
        messages: plan.poolMessages,
      });
      return { rows, note: `${plan.spanDays}-day pool, generated, classified and copied` };
    });
    await markFixedDomains(client);
    const attemptIndexes = await suspendIndexes(client, 'delivery_attempts', {
      keepPrimaryKey: true,
    });
    const rollupIndexes = await suspendIndexes(client, 'attempt_rollups_hourly', {
      keepPrimaryKey: false,
    });
    await timed(report, 'attempts', async () => ({
      rows: await insertReplicas(options, plan, pool),
      note: `${plan.replicas} shifted copies over ${options.workers} connections`,
    }));
    await timed(report, 'indexes', async () => {
      const count = await attemptIndexes.restore();
      return { rows: options.events, note: `${count} secondary indexes built` };
    });
    await timed(report, 'rollup', async () => {
      const rows = await buildHourlyRollup(client);
      await rollupIndexes.restore();
      return { rows, note: 'attempt_rollups_hourly rows, key included' };
    });
    await timed(report, 'cubes', async () => ({
      rows: await buildCubes(client),
      note: 'attempt_cubes_hourly and attempt_cubes_daily rows',
    }));
    await timed(report, 'ingest minutes', async () => ({ rows: await buildIngestMinutes(client) }));
    await client.query(DROP_POOL);
    await timed(report, 'vacuum', async () => {
      // A live database is vacuumed by autovacuum; without it no index-only scan is possible.
      await client.query(
        'VACUUM (ANALYZE) delivery_attempts, attempt_rollups_hourly, attempt_cubes_hourly, ' +
          'attempt_cubes_daily, ingest_minutes',
      );
      return { rows: options.events };
    });
  } finally {
    await client.end();
  }
  const label = {
    events: options.events,
    days: options.days,
    seed: options.seed,
    end: plan.end.toISOString(),
  };
  await writeSeedLabel(options.url, label);
  return label;
}

async function insertReplicas(options: SeedOptions, plan: SeedPlan, pool: number): Promise<number> {
  // Oldest copies first, so the table's physical order follows time as ingest's does.
  const order = Array.from({ length: plan.replicas }, (_, index) => plan.replicas - 1 - index);
  const lanes = Array.from({ length: options.workers }, (_, lane) =>
    order.filter((_, position) => position % options.workers === lane),
  );
  const counts = await Promise.all(
    lanes.map(async (replicas) => {
      const client = await bulkClient(options.url);
      let rows = 0;
      try {
        for (const index of replicas) {
          const keep = replicaKeep(plan, options.events, pool, index);
          rows += await insertReplica(client, { index, shiftDays: index * plan.spanDays, keep });
        }
      } finally {
        await client.end();
      }
      return rows;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

async function bulkClient(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(BULK_SESSION);
  return client;
}

async function timed<T extends { rows: number; note?: string }>(
  report: PhaseReport,
  phase: string,
  work: () => Promise<T>,
): Promise<number> {
  const started = performance.now();
  const { rows, note } = await work();
  report(phase, rows, (performance.now() - started) / 1000, note);
  return rows;
}
