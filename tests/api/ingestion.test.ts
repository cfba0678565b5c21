import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestDatabase, useEnvironment, type TestDatabase } from '../support/test-database';
import { deliveryAttempt, otherEvent } from '../support/sample-events';
import { postJson } from '../support/webhook-client';
import { closeSql, migrateTestDatabase } from '../support/sql';
import { memberRequest, signInTestMember } from '../support/auth';
import type { IngestionReport } from '@/lib/reports/ingestion';

const NO_STATUS = 'status: must be one of success, deferral, failure, failure_toolong, connmaxout';

let database: TestDatabase;
let GET: (request: Request) => Promise<Response>;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  database = await createTestDatabase();
  useEnvironment(database.environment);
  await migrateTestDatabase();
  await signInTestMember();
  ({ POST } = await import('@/app/api/events/route'));
  ({ GET } = await import('@/app/api/ingestion/route'));
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await database.drop();
});

async function report(search = 'range=1h'): Promise<{ status: number; body: IngestionReport }> {
  const response = await GET(memberRequest(`http://localhost/api/ingestion?${search}`));
  return { status: response.status, body: (await response.json()) as IngestionReport };
}

test('before any post there is no last event and every count is zero', async () => {
  const { status, body } = await report();
  expect(status).toBe(200);
  expect(body.lastEventAt).toBeNull();
  expect(body.totals).toEqual({ batches: 0, stored: 0, duplicates: 0, other: 0, rejected: 0 });
  expect(body.range.step).toBe('minute');
  // The hour is charted up to the current minute, not into the future.
  const minutes = (Date.parse(body.range.to) - Date.parse(body.range.from)) / 60_000;
  expect(body.series).toHaveLength(minutes);
  expect(minutes).toBeGreaterThan(0);
  expect(minutes).toBeLessThanOrEqual(60);
  expect(Date.parse(body.range.to) - Date.now()).toBeLessThanOrEqual(60_000);
});

test('counts stored, duplicate, other and rejected events, with examples of each reject', async () => {
  const repeated = deliveryAttempt();
  const batch = [
    repeated,
    deliveryAttempt(),
    deliveryAttempt({ status: 'deferral' }),
    otherEvent('bounce_all'),
    otherEvent('bounce_all'),
    otherEvent('engine_open'),
    deliveryAttempt({ status: undefined, event_unique_id: 'no-status-1' }),
    deliveryAttempt({
      status: undefined,
      event_unique_id: 'no-status-2',
      email: '<b>x</b>@example.com',
    }),
    { event_unique_id: 'no-type' },
  ];
  await postJson(POST, batch);
  await postJson(POST, [repeated]);

  const { body } = await report();
  expect(body.totals).toEqual({ batches: 2, stored: 3, duplicates: 1, other: 3, rejected: 3 });
  expect(body.series.reduce((sum, point) => sum + point.stored, 0)).toBe(3);
  expect(Date.now() - Date.parse(body.lastEventAt ?? '')).toBeLessThan(60_000);
  expect(body.otherEvents.map((row) => [row.eventType, row.events])).toEqual([
    ['bounce_all', 2],
    ['engine_open', 1],
  ]);
  expect(body.rejectedReasons.map((row) => [row.reason, row.events])).toEqual([
    [NO_STATUS, 2],
    ['event_type: missing', 1],
  ]);
  const noStatus = body.rejectedExamples.filter((example) => example.reason === NO_STATUS);
  expect(noStatus).toHaveLength(2);
  expect(noStatus.map((example) => JSON.parse(example.rawJson).event_unique_id).sort()).toEqual([
    'no-status-1',
    'no-status-2',
  ]);
});

test('long ranges are shown per hour', async () => {
  const { body } = await report('range=7d');
  expect(body.range.step).toBe('hour');
  // Seven days ending now: 168 hours, and one more when now is not a whole hour.
  expect(body.series.length).toBeGreaterThanOrEqual(168);
  expect(body.series.length).toBeLessThanOrEqual(169);
  expect(body.totals.stored).toBe(3);
});
