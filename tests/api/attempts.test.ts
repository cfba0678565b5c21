import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, useEnvironment, type TestDatabase } from '../support/test-database';
import { deliveryAttempt } from '../support/sample-events';
import { postJson } from '../support/webhook-client';
import { closeSql, migrateTestDatabase, sqlQuery } from '../support/sql';
import { memberRequest, signInTestMember } from '../support/auth';
import type { AttemptLogReport } from '@/lib/reports/attempt-log';
import type { AttemptDetailReport } from '@/lib/reports/attempt-detail';

type Get = (request: Request) => Promise<Response>;
type GetOne = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

let database: TestDatabase;
let getLog: Get;
let getAttempt: GetOne;

const RANGE = 'from=2025-12-03T00:00:00Z&to=2025-12-04T00:00:00Z';
const SAME_SECOND = 1764760000.5;
const DEFERRAL =
  '203.0.113.7 does not like recipient./Remote host said: 451 4.7.1 Greylisted, come back later';

beforeAll(async () => {
  database = await createTestDatabase();
  useEnvironment(database.environment);
  await migrateTestDatabase();
  await signInTestMember();
  const { POST } = await import('@/app/api/events/route');
  ({ GET: getLog } = await import('@/app/api/attempts/route'));
  ({ GET: getAttempt } = await import('@/app/api/attempts/[id]/route'));
  // 70 attempts in one and the same instant, so only the id orders them, and 60 spread out.
  const sameTime = Array.from({ length: 70 }, () => deliveryAttempt({ timestamp: SAME_SECOND }));
  const spread = Array.from({ length: 60 }, (_, index) =>
    deliveryAttempt({
      timestamp: SAME_SECOND - 100 - index,
      email: index < 6 ? 'Carol@Retry.Example' : `r${index}@spread.example`,
      sender: index % 2 === 0 ? 'bounce-even@bounce.example.com' : 'bounce-odd@bounce.example.com',
      status: index % 3 === 0 ? 'deferral' : 'success',
      message:
        index % 3 === 0
          ? DEFERRAL
          : '192.0.2.25 accepted message./Remote host said: 250 2.0.0 OK 100%_done',
      outmtaid: index % 4 === 0 ? 9 : 5,
      outmtaid_ip: index % 4 === 0 ? '198.51.100.9' : '192.0.2.10',
      sendid: index < 10 ? 'campaign-a' : 'campaign-b',
      msguid: index < 6 ? '1764759000.carol' : `1764759000.${index}`,
      is_retry: index < 6 && index !== 5 ? 1 : 0,
    }),
  );
  const response = await postJson(POST, [...sameTime, ...spread]);
  expect(await response.json()).toEqual({ stored: 130, duplicates: 0, other: 0, rejected: 0 });
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await database.drop();
});

async function logPage(search: string): Promise<{ status: number; body: AttemptLogReport }> {
  const range = search.includes('from=') ? '' : `${RANGE}&`;
  const response = await getLog(memberRequest(`http://localhost/api/attempts?${range}${search}`));
  return { status: response.status, body: (await response.json()) as AttemptLogReport };
}

async function walk(search: string): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | null = '';
  while (cursor !== null) {
    const { body } = await logPage(`${search}${cursor ? `&cursor=${cursor}` : ''}`);
    ids.push(...body.attempts.map((attempt) => attempt.id));
    cursor = body.nextCursor;
  }
  return ids;
}

describe('keyset pagination', () => {
  test('walking every page visits each attempt once, in (attempted_at, id) order', async () => {
    const expected = await sqlQuery<{ id: number }>(
      `SELECT id FROM delivery_attempts ORDER BY attempted_at DESC, id DESC`,
    );
    const ids = await walk('');
    expect(ids).toHaveLength(130);
    expect(new Set(ids).size).toBe(130);
    expect(ids).toEqual(expected.map((row) => row.id));
  });

  test('the first page is 50 rows with a cursor, and the last page has none', async () => {
    const first = await logPage('');
    expect(first.body.attempts).toHaveLength(50);
    expect(first.body.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const second = await logPage(`cursor=${first.body.nextCursor}`);
    const third = await logPage(`cursor=${second.body.nextCursor}`);
    expect(third.body.attempts).toHaveLength(30);
    expect(third.body.nextCursor).toBeNull();
  });

  test('a later page is an index range scan, never a sort or an offset', async () => {
    await sqlQuery('SET enable_seqscan = off');
    const plan = await sqlQuery<Record<string, unknown>>(
      `EXPLAIN SELECT id FROM delivery_attempts
       WHERE attempted_at >= '2025-12-03' AND attempted_at < '2025-12-04'
         AND (attempted_at, id) < ('2025-12-03T11:04:00.5Z'::timestamptz, 90)
       ORDER BY attempted_at DESC, id DESC LIMIT 51`,
    );
    await sqlQuery('RESET enable_seqscan');
    const text = plan.map((row) => Object.values(row).join(' ')).join('\n');
    expect(text).toContain('delivery_attempts_attempted_at_idx');
    expect(text).not.toMatch(/\bSort\b/);
  });

  test('a forged cursor is refused with 400 rather than read as page one', async () => {
    const forged = Buffer.from('yesterday|1').toString('base64url');
    const { status, body } = await logPage(`cursor=${forged}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

describe('filters', () => {
  const cases: [string, string, number][] = [
    ['status', 'status=deferral', 20],
    ['recipient (exact, as stored)', 'recipient=Carol@Retry.Example', 6],
    ['recipient domain', 'domain=SPREAD.example', 54],
    ['sender', 'sender=bounce-odd@bounce.example.com', 30],
    ['sending IP', 'sendingIp=198.51.100.9', 15],
    ['VirtualMTA', 'virtualMta=9', 15],
    ['send id', 'sendId=campaign-a', 10],
    ['free text, with LIKE wildcards taken literally', 'q=100%25_done', 40],
    ['free text, case-insensitive', 'q=GREYLISTED', 20],
    ['time', 'from=2025-12-03T11:03:50Z&to=2025-12-03T11:04:10Z', 9],
    ['time, before any attempt', 'from=2025-12-03T10:50:00Z&to=2025-12-03T11:00:00Z', 0],
    ['status and sending IP together', 'status=deferral&sendingIp=198.51.100.9', 5],
  ];
  test.each(cases)('by %s', async (_name, search, expected) => {
    expect(await walk(search)).toHaveLength(expected);
  });

  test('by reason and category, as the classifier stored them', async () => {
    const [row] = await sqlQuery<{ reason: string; category: string }>(
      `SELECT reason, category FROM delivery_attempts WHERE status = 'deferral' LIMIT 1`,
    );
    const byReason = await walk(`reason=${encodeURIComponent(row?.reason ?? '')}`);
    const byCategory = await walk(
      `category=${encodeURIComponent(row?.category ?? '')}&status=deferral`,
    );
    expect(byReason).toHaveLength(20);
    expect(byCategory).toHaveLength(20);
  });

  test('a one-letter search is refused', async () => {
    expect((await logPage('q=a')).status).toBe(400);
  });
});

describe('one attempt', () => {
  async function detail(id: string) {
    const response = await getAttempt(memberRequest(`http://localhost/api/attempts/${id}`), {
      params: Promise.resolve({ id }),
    });
    return { status: response.status, body: (await response.json()) as AttemptDetailReport };
  }

  test('has its explanation, raw event and the other attempts of its message', async () => {
    const [carol] = await sqlQuery<{ id: number }>(
      `SELECT id FROM delivery_attempts WHERE msguid = '1764759000.carol' AND status = 'deferral'
       ORDER BY id LIMIT 1`,
    );
    const { status, body } = await detail(String(carol?.id));
    expect(status).toBe(200);
    expect(body.attempt).toMatchObject({ recipient: 'Carol@Retry.Example', status: 'deferral' });
    expect(body.explanation.whatHappened.length).toBeGreaterThan(0);
    expect(JSON.parse(body.rawJson)).toMatchObject({
      email: 'Carol@Retry.Example',
      message: DEFERRAL,
    });
    expect(body.messageAttempts).toHaveLength(6);
    expect(body.messageAttempts.map((attempt) => attempt.isRetry).filter(Boolean)).toHaveLength(5);
    const times = body.messageAttempts.map((attempt) => attempt.attemptedAt);
    expect([...times].sort()).toEqual(times);
  });

  test('an unknown id is 404 and a malformed one 400', async () => {
    expect((await detail('999999')).status).toBe(404);
    expect((await detail('12abc')).status).toBe(400);
  });
});
