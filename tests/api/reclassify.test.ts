import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestDatabase, useEnvironment, type TestDatabase } from '../support/test-database';
import { deliveryAttempt } from '../support/sample-events';
import { postJson } from '../support/webhook-client';
import { rollupDifferences } from '../support/rollup-check';
import { cubeBackfillStatements, WIDE_KEY, wideRowsFromAttempts } from '@/lib/rollups/cubes';
import { closeSql, migrateTestDatabase, sqlQuery } from '../support/sql';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  useEnvironment(database.environment);
  await migrateTestDatabase();
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await database.drop();
});

const ROLLUP_BY_REASON = `
  SELECT reason, category, sum(attempts)::int AS attempts FROM attempt_rollups_hourly
  GROUP BY 1, 2 ORDER BY 1, 2`;

test('stale classifications are redone and their rollup hours rebuilt exactly', async () => {
  const { POST } = await import('@/app/api/events/route');
  const hour = 1764752400;
  const events = [
    deliveryAttempt({ timestamp: hour + 10 }),
    deliveryAttempt({ timestamp: hour + 20, status: 'connmaxout', message: 'All connection backlog slots used up for this domain.' }),
    deliveryAttempt({ timestamp: hour + 3700, status: 'failure', message: '192.0.2.9 does not like recipient./Remote host said: 550 5.1.1 <x@example.com>: Recipient address rejected: User unknown/Giving up on 192.0.2.9' }),
  ];
  expect((await postJson(POST, events)).status).toBe(200);
  const fresh = await sqlQuery(ROLLUP_BY_REASON);

  // An older classifier's result, with rollups that agree with it.
  await sqlQuery(`UPDATE delivery_attempts SET reason = 'stale', category = 'other', classifier_version = 0`);
  await sqlQuery('DELETE FROM attempt_rollups_hourly');
  await sqlQuery('DELETE FROM attempt_cubes_hourly');
  await sqlQuery('DELETE FROM attempt_cubes_daily');
  await sqlQuery(`INSERT INTO attempt_rollups_hourly (${WIDE_KEY}, attempts) ${wideRowsFromAttempts('delivery_attempts')}`);
  for (const statement of cubeBackfillStatements()) await sqlQuery(statement);
  expect(await sqlQuery(ROLLUP_BY_REASON)).toEqual([{ reason: 'stale', category: 'other', attempts: 3 }]);

  const { getDatabase } = await import('@/lib/db/client');
  const { reclassifyStoredAttempts } = await import('@/lib/ingest/reclassify');
  const outcome = await reclassifyStoredAttempts(await getDatabase());

  expect(outcome).toEqual({ hours: 2, attempts: 3, reasonsChanged: 3 });
  expect(await sqlQuery(ROLLUP_BY_REASON)).toEqual(fresh);
  expect(await rollupDifferences(sqlQuery)).toEqual([]);
  const { CLASSIFIER_VERSION } = await import('@/lib/classifier');
  const versions = await sqlQuery<{ classifier_version: number }>(
    `SELECT DISTINCT classifier_version FROM delivery_attempts`,
  );
  expect(versions).toEqual([{ classifier_version: CLASSIFIER_VERSION }]);
  expect(await reclassifyStoredAttempts(await getDatabase())).toEqual({ hours: 0, attempts: 0, reasonsChanged: 0 });
});
