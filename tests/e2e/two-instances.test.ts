import { afterAll, beforeAll, expect, test } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server';
import { rollupDifferences } from '../support/rollup-check';
import { deliveryAttempt } from '../support/sample-events';
import { createTestDatabase, serverUrl, WEBHOOK_SECRET, type TestDatabase } from '../support/test-database';
import { parseConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { openSqlConnection, type SqlConnection } from '@/lib/db/sql-connection';

// Two app instances behind a load balancer share one PostgreSQL server; the
// embedded database belongs to a single process, so this runs on a server only.
const onServer = Boolean(serverUrl());

let database: TestDatabase;
let instances: AppServer[] = [];
let sql: SqlConnection;

beforeAll(async () => {
  if (!onServer) return;
  database = await createTestDatabase();
  await applyMigrations(parseConfig(database.environment));
  instances = await Promise.all([startAppServer(database.environment), startAppServer(database.environment)]);
  sql = await openSqlConnection(parseConfig(database.environment));
}, 600_000);

afterAll(async () => {
  await sql?.close();
  await Promise.all(instances.map((instance) => instance.stop()));
  await database?.drop();
});

function post(instance: AppServer, events: unknown[]) {
  return fetch(`${instance.baseUrl}/api/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${WEBHOOK_SECRET}` },
    body: JSON.stringify(events),
  }).then((response) => response.json() as Promise<{ stored: number; duplicates: number }>);
}

test.runIf(onServer)('overlapping batches posted to both instances are stored and rolled up once, in every rollup', async () => {
  const statuses = ['success', 'deferral', 'failure', 'connmaxout'];
  const events = Array.from({ length: 1200 }, (_, index) =>
    deliveryAttempt({
      email: `r${index}@domain${index % 17}.example`,
      status: statuses[index % statuses.length],
      outmtaid: String(index % 3),
      timestamp: 1764750000 + (index % 7) * 3600 + index,
    }),
  );
  // Each instance gets overlapping windows of the same events, four requests at a time.
  const windows = [0, 200, 400, 600, 800].map((start) => events.slice(start, start + 400));
  const outcomes = await Promise.all(
    windows.flatMap((window) => instances.map((instance) => post(instance, window))),
  );

  expect(outcomes.reduce((sum, outcome) => sum + outcome.stored, 0)).toBe(1200);
  expect(outcomes.reduce((sum, outcome) => sum + outcome.duplicates, 0)).toBe(10 * 400 - 1200);
  const [stored] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM delivery_attempts`);
  expect(stored?.n).toBe(1200);
  expect(await rollupDifferences((text) => sql.query(text))).toEqual([]);
  const [total] = await sql.query<{ n: number }>(`SELECT sum(attempts)::int AS n FROM attempt_rollups_hourly`);
  expect(total?.n).toBe(1200);
});
