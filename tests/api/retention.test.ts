import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestDatabase, useEnvironment, type TestDatabase } from '../support/test-database';
import { deliveryAttempt, otherEvent } from '../support/sample-events';
import { postJson } from '../support/webhook-client';
import { closeSql, migrateTestDatabase, sqlQuery } from '../support/sql';

let database: TestDatabase;
const DAY = 86_400;
const NOW = new Date('2026-12-03T12:00:00Z');
const nowSeconds = NOW.getTime() / 1000;

beforeAll(async () => {
  database = await createTestDatabase();
  useEnvironment({ ...database.environment, RAW_RETENTION_DAYS: '30', ROLLUP_RETENTION_DAYS: '400' });
  await migrateTestDatabase();
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await database.drop();
});

async function count(table: string): Promise<number> {
  const rows = await sqlQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]?.n ?? -1;
}

test('the webhook prunes in the background: raw after 30 days, rollups after 400', async () => {
  const { POST } = await import('@/app/api/events/route');
  await postJson(POST, [
    deliveryAttempt({ timestamp: nowSeconds - 2 * DAY }),
    deliveryAttempt({ timestamp: nowSeconds - 40 * DAY }),
    deliveryAttempt({ timestamp: nowSeconds - 41 * DAY }),
    deliveryAttempt({ timestamp: nowSeconds - 500 * DAY }),
  ]);
  await expect
    .poll(async () => (await sqlQuery(`SELECT 1 FROM maintenance_leases WHERE last_finished_at IS NOT NULL`)).length)
    .toBe(1);
  expect(await count('delivery_attempts')).toBe(1);
  const rollup = await sqlQuery<{ total: number }>(
    `SELECT sum(attempts)::int AS total FROM attempt_rollups_hourly`,
  );
  expect(rollup[0]?.total).toBe(3);
  const [lease] = await sqlQuery<{ last_outcome: unknown }>(`SELECT last_outcome FROM maintenance_leases`);
  // The old attempt was one row in the wide rollup and one in each cube: 14 by the day
  // (12 from the wide rollup, MX hosts, its delay), 10 by the hour (4 are kept by day only).
  expect(lease?.last_outcome).toEqual({
    attempts: 3,
    otherEvents: 0,
    rejectedEvents: 0,
    ingestMinutes: 0,
    rollupRows: 1,
    hourlyCubeRows: 10,
    dailyCubeRows: 14,
  });
  for (const table of ['attempt_cubes_hourly', 'attempt_cubes_daily']) {
    const [left] = await sqlQuery<{ total: number }>(
      `SELECT sum(attempts)::int AS total FROM ${table} WHERE cube = 1`,
    );
    expect(left?.total).toBe(3);
  }
});

test('a prune removes other and rejected events past the raw retention too', async () => {
  const { POST } = await import('@/app/api/events/route');
  await postJson(POST, [
    otherEvent('scomp'),
    deliveryAttempt({ status: 'exploded' }),
    deliveryAttempt({ timestamp: nowSeconds - DAY }),
  ]);
  await sqlQuery(`UPDATE other_events SET received_at = now() - interval '45 days'`);
  await sqlQuery(`UPDATE rejected_events SET received_at = now() - interval '31 days'`);
  const { getDatabase } = await import('@/lib/db/client');
  const { pruneExpired } = await import('@/lib/retention/prune');

  const outcome = await pruneExpired(await getDatabase(), { rawDays: 30, rollupDays: 400 });

  expect(outcome).toMatchObject({ attempts: 0, otherEvents: 1, rejectedEvents: 1, rollupRows: 0 });
  expect(await count('other_events')).toBe(0);
  expect(await count('rejected_events')).toBe(0);
  expect(await count('delivery_attempts')).toBe(2);
});

test('only one instance holds the prune lease at a time', async () => {
  const { getDatabase } = await import('@/lib/db/client');
  const { takeLease, finishLease } = await import('@/lib/retention/maintenance-lease');
  const db = await getDatabase();
  const attempts = await Promise.all([takeLease(db, 'test-job', 60), takeLease(db, 'test-job', 60)]);
  expect(attempts.filter(Boolean)).toHaveLength(1);
  expect(await takeLease(db, 'test-job', 60)).toBe(false);
  await finishLease(db, 'test-job', { done: true }, -1);
  expect(await takeLease(db, 'test-job', 60)).toBe(true);
});
