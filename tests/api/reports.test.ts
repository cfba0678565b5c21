import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, useEnvironment, type TestDatabase } from '../support/test-database';
import { postJson } from '../support/webhook-client';
import { closeSql, migrateTestDatabase } from '../support/sql';
import { memberRequest, signInTestMember } from '../support/auth';
import { seedEvents, WINDOW } from './report-seed';

type Get = (request: Request) => Promise<Response>;
let database: TestDatabase;
let overview: Get;
let breakdowns: Get;

beforeAll(async () => {
  database = await createTestDatabase();
  useEnvironment(database.environment);
  await migrateTestDatabase();
  await signInTestMember();
  const { POST } = await import('@/app/api/events/route');
  const response = await postJson(POST, seedEvents());
  expect(await response.json()).toMatchObject({ stored: 18, rejected: 0 });
  overview = (await import('@/app/api/overview/route')).GET;
  breakdowns = (await import('@/app/api/breakdowns/route')).GET;
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await database.drop();
});

async function get(handler: Get, path: string) {
  const response = await handler(memberRequest(`http://localhost${path}`));
  return { status: response.status, body: await response.json() };
}

const zero = { success: 0, deferral: 0, failure: 0, failure_toolong: 0, connmaxout: 0 };

describe('GET /api/overview', () => {
  test('totals come with the previous period of the same length', async () => {
    const { status, body } = await get(overview, `/api/overview?${WINDOW}`);
    expect(status).toBe(200);
    expect(body.totals).toEqual({
      success: 6,
      deferral: 4,
      failure: 3,
      failure_toolong: 1,
      connmaxout: 1,
    });
    expect(body.previousTotals).toEqual({ ...zero, success: 2, deferral: 1 });
    expect(body.previousRange).toEqual({
      from: '2026-11-30T18:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      bucket: 'hour',
    });
    expect(body.series).toHaveLength(6);
    expect(body.series[1]).toMatchObject({ bucket: '2026-12-01T01:00:00.000Z', deferral: 3 });
  });

  test('top deferral and failure reasons, with readable labels', async () => {
    const { body } = await get(overview, `/api/overview?${WINDOW}`);
    expect(body.topDeferralReasons).toEqual([
      { value: 'gmail-rate-limited', label: 'Gmail rate limited', attempts: 3 },
      { value: 'greylisted', label: 'Greylisted', attempts: 1 },
    ]);
    expect(body.topFailureReasons).toEqual([
      { value: 'user-unknown', label: 'User unknown', attempts: 2 },
      { value: 'recipient-rejected', label: 'Recipient rejected', attempts: 1 },
      { value: 'unrecognised', label: 'Unrecognised message', attempts: 1 },
    ]);
  });

  test('domains and sending IPs ranked by deferrals and failures', async () => {
    const { body } = await get(overview, `/api/overview?${WINDOW}`);
    expect(body.troubleDomains).toEqual([
      { value: 'example.net', attempts: 4, deferrals: 0, failures: 4 },
      { value: 'gmail.com', attempts: 3, deferrals: 3, failures: 0 },
      { value: 'example.org', attempts: 1, deferrals: 1, failures: 0 },
    ]);
    expect(body.troubleSendingIps).toEqual([
      { value: '192.0.2.10', attempts: 12, deferrals: 1, failures: 4 },
      { value: '192.0.2.11', attempts: 3, deferrals: 3, failures: 0 },
    ]);
  });

  test('filters apply to both periods', async () => {
    const { body } = await get(overview, `/api/overview?${WINDOW}&domain=GMAIL.com`);
    expect(body.totals).toEqual({ ...zero, deferral: 3 });
    expect(body.previousTotals).toEqual({ ...zero, deferral: 1 });
    expect(body.topFailureReasons).toEqual([]);
    expect(
      body.latest.map((attempt: { recipientDomain: string }) => attempt.recipientDomain),
    ).toEqual(['gmail.com', 'gmail.com', 'gmail.com']);
    const failed = await get(overview, `/api/overview?${WINDOW}&status=failure`);
    expect(failed.body.topDeferralReasons).toEqual([]);
    expect(failed.body.topFailureReasons.map((row: { value: string }) => row.value)).toEqual([
      'user-unknown',
      'recipient-rejected',
    ]);
  });

  test('an invalid filter or time zone is a 400 in the error envelope', async () => {
    const { status, body } = await get(overview, `/api/overview?${WINDOW}&smtpCode=abc`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
    const zone = await get(overview, `/api/overview?${WINDOW}&tz=Mars%2FOlympus`);
    expect(zone.status).toBe(400);
    expect(zone.body.error.message).toContain('tz');
  });

  test('page-only parameters such as the live flag do not change the report', async () => {
    const plain = await get(overview, `/api/overview?${WINDOW}`);
    const live = await get(overview, `/api/overview?${WINDOW}&live=1`);
    expect(live.status).toBe(200);
    expect(live.body.totals).toEqual(plain.body.totals);
  });
});

describe('GET /api/breakdowns', () => {
  test('deferrals by every dimension, against the previous period', async () => {
    const { status, body } = await get(breakdowns, `/api/breakdowns?set=deferrals&${WINDOW}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ statuses: ['deferral'], total: 4, previousTotal: 1 });
    expect(body.dimensions.domain).toEqual([
      { value: 'gmail.com', label: 'gmail.com', attempts: 3 },
      { value: 'example.org', label: 'example.org', attempts: 1 },
    ]);
    expect(body.dimensions.category).toEqual([
      { value: 'rate-limited', label: 'Rate limited', attempts: 3 },
      { value: 'greylisting', label: 'Greylisting', attempts: 1 },
    ]);
    expect(body.dimensions.provider).toEqual([
      { value: 'Gmail', label: 'Gmail', attempts: 3 },
      { value: '', label: '(none)', attempts: 1 },
    ]);
    expect(body.dimensions.virtualMta[0]).toEqual({ value: '7', label: '7', attempts: 3 });
    expect(body.dimensions.enhancedCode).toEqual([
      { value: '4.7.28', label: '4.7.28', attempts: 3 },
      { value: '4.7.1', label: '4.7.1', attempts: 1 },
    ]);
    expect(body.dimensions.smtpCode.map((row: { value: string }) => row.value)).toEqual([
      '421',
      '451',
    ]);
  });

  test('the top reasons over time, one point per hour', async () => {
    const { body } = await get(breakdowns, `/api/breakdowns?set=deferrals&${WINDOW}`);
    const { reasons, points } = body.reasonSeries;
    expect(reasons.map((row: { value: string }) => row.value)).toEqual([
      'gmail-rate-limited',
      'greylisted',
    ]);
    expect(points).toHaveLength(6);
    expect(points[1]).toEqual({
      bucket: '2026-12-01T01:00:00.000Z',
      values: { 'gmail-rate-limited': 3, greylisted: 0 },
    });
    expect(points[2].values).toEqual({ 'gmail-rate-limited': 0, greylisted: 1 });
  });

  test('failures include expired messages; a status filter narrows the set', async () => {
    const all = await get(breakdowns, `/api/breakdowns?set=failures&${WINDOW}`);
    expect(all.body).toMatchObject({
      statuses: ['failure', 'failure_toolong'],
      total: 4,
      previousTotal: 0,
    });
    expect(all.body.dimensions.enhancedCode).toEqual([
      { value: '', label: '(none)', attempts: 2 },
      { value: '5.1.1', label: '5.1.1', attempts: 2 },
    ]);
    const expired = await get(
      breakdowns,
      `/api/breakdowns?set=failures&status=failure_toolong&${WINDOW}`,
    );
    expect(expired.body).toMatchObject({ statuses: ['failure_toolong'], total: 1 });
    const none = await get(breakdowns, `/api/breakdowns?set=failures&status=success&${WINDOW}`);
    expect(none.body).toMatchObject({ statuses: [], total: 0 });
    expect(none.body.dimensions.reason).toEqual([]);
  });

  test('the set is required', async () => {
    const { status, body } = await get(breakdowns, `/api/breakdowns?${WINDOW}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
  });
});
