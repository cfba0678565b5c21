import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestDatabase, serverUrl, useEnvironment, type TestDatabase } from '../support/test-database';
import { deliveryAttempt } from '../support/sample-events';
import { postJson } from '../support/webhook-client';
import { closeSql, migrateTestDatabase, sqlQuery } from '../support/sql';
import { memberRequest, signInTestMember } from '../support/auth';
import { parseConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';

// With DATABASE_REPLICA_URL set, the webhook and sign-in write to DATABASE_URL while the
// reports read the replica. Two separate databases stand in for primary and replica, so
// which one a read went to shows in its numbers.
const onServer = Boolean(serverUrl());

let primary: TestDatabase;
let replica: TestDatabase;
const WINDOW = 'from=2026-11-30T00:00:00Z&to=2026-12-01T00:00:00Z';
const AT = Date.parse('2026-11-30T10:00:00Z') / 1000;

beforeAll(async () => {
  if (!onServer) return;
  [primary, replica] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  const replicaUrl = replica.environment.DATABASE_URL!;
  await applyMigrations(parseConfig(replica.environment));
  // What the replica "has replicated": three attempts, stored as ingest stores them.
  const { createDatabase } = await import('@/lib/db/client');
  const { sortEvents } = await import('@/lib/ingest/sort-events');
  const { storeBatch } = await import('@/lib/ingest/store-batch');
  const replicaClient = await createDatabase(parseConfig(replica.environment));
  const events = [0, 1, 2].map((n) => deliveryAttempt({ timestamp: AT + n, email: `r${n}@replica.example` }));
  await storeBatch(replicaClient, sortEvents(events));
  await replicaClient.$disconnect();

  useEnvironment({ ...primary.environment, DATABASE_REPLICA_URL: replicaUrl });
  await migrateTestDatabase();
  await signInTestMember();
});

afterAll(async () => {
  if (!onServer) return;
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await Promise.all([primary.drop(), replica.drop()]);
});

test.runIf(onServer)('the webhook writes to the primary, the reports read the replica', async () => {
  const { POST } = await import('@/app/api/events/route');
  const response = await postJson(POST, [deliveryAttempt({ timestamp: AT, email: 'p@primary.example' })]);
  expect(await response.json()).toMatchObject({ stored: 1 });
  const onPrimary = await sqlQuery<{ domain: string }>(
    'SELECT recipient_domain AS domain FROM delivery_attempts',
  );
  expect(onPrimary).toEqual([{ domain: 'primary.example' }]);

  const { GET: overview } = await import('@/app/api/overview/route');
  const report = await overview(memberRequest(`http://localhost/api/overview?${WINDOW}`));
  const body = (await report.json()) as { totals: { success: number } };
  expect(body.totals.success).toBe(3);

  const { GET: log } = await import('@/app/api/attempts/route');
  const page = await log(memberRequest(`http://localhost/api/attempts?${WINDOW}`));
  const rows = ((await page.json()) as { attempts: { recipientDomain: string }[] }).attempts;
  expect(new Set(rows.map((row) => row.recipientDomain))).toEqual(new Set(['replica.example']));
});

test('a replica without its primary is refused at start, naming the variable', () => {
  expect(() => parseConfig({ DATABASE_REPLICA_URL: 'postgresql://replica/db' })).toThrow(
    /DATABASE_REPLICA_URL/,
  );
  expect(() =>
    parseConfig({ DATABASE_URL: 'postgresql://p/db', DATABASE_REPLICA_URL: 'mysql://r/db' }),
  ).toThrow(/DATABASE_REPLICA_URL: expected a postgres/);
});
