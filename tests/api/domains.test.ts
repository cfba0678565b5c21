import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, useEnvironment, type TestDatabase } from '../support/test-database';
import { deliveryAttempt } from '../support/sample-events';
import { postJson } from '../support/webhook-client';
import { closeSql, migrateTestDatabase } from '../support/sql';
import { memberRequest, signInTestMember } from '../support/auth';
import type { DomainListReport } from '@/lib/reports/domain-list';
import type { DomainDetailReport } from '@/lib/reports/domain-detail';

type Get = (request: Request) => Promise<Response>;
type GetOne = (
  request: Request,
  context: { params: Promise<{ domain: string }> },
) => Promise<Response>;

let database: TestDatabase;
let getList: Get;
let getDomain: GetOne;

const RANGE = 'from=2025-12-03T00:00:00Z&to=2025-12-04T00:00:00Z';
const HOUR = 1764748800; // 2025-12-03T08:00:00Z
const DEFERRAL =
  '203.0.113.7 does not like recipient./Remote host said: 451 4.7.1 Greylisted, come back later';
const FAILURE = '203.0.113.8 does not like recipient./Remote host said: 550 5.1.1 No such user';

function attempts(
  domain: string,
  status: string,
  count: number,
  extra: Record<string, unknown> = {},
) {
  const message = { success: undefined, deferral: DEFERRAL, failure: FAILURE }[status];
  return Array.from({ length: count }, (_, index) =>
    deliveryAttempt({
      email: `u${index}@${domain}`,
      status,
      timestamp: HOUR + 60 * index,
      injected_time: HOUR + 60 * index - 10 * (index + 1),
      ...(message ? { message } : {}),
      ...(status === 'connmaxout' ? { message: 'All connection backlog slots used up.' } : {}),
      ...extra,
    }),
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  useEnvironment(database.environment);
  await migrateTestDatabase();
  await signInTestMember();
  const { POST } = await import('@/app/api/events/route');
  ({ GET: getList } = await import('@/app/api/domains/route'));
  ({ GET: getDomain } = await import('@/app/api/domains/[domain]/route'));
  const events = [
    // gmail.test: 10 accepted (delays 10 s … 100 s), 6 deferred (4 retries), 2 failed, 2 connmaxout.
    ...attempts('gmail.test', 'success', 10),
    ...attempts('gmail.test', 'deferral', 6, {
      is_retry: 1,
      outmtaid: 7,
      outmtaid_ip: '198.51.100.7',
    }).map((event, index) => (index < 2 ? { ...event, is_retry: 0 } : event)),
    ...attempts('gmail.test', 'failure', 2, { mx_hostname: 'mx2.gmail.test', mx_ip: '192.0.2.99' }),
    ...attempts('gmail.test', 'connmaxout', 2, { timestamp: HOUR + 3600 + 5 }),
    ...attempts('yahoo.test', 'success', 3),
    ...attempts('yahoo.test', 'failure', 1),
    ...attempts('tiny.test', 'deferral', 1),
    ...attempts('outside.test', 'success', 1, { timestamp: HOUR - 86_400 }),
  ];
  const response = await postJson(POST, events);
  expect(await response.json()).toMatchObject({ stored: 26 });
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await database.drop();
});

async function list(search: string) {
  const response = await getList(memberRequest(`http://localhost/api/domains?${RANGE}&${search}`));
  return { status: response.status, body: (await response.json()) as DomainListReport };
}

async function domainReport(domain: string, search = '') {
  const request = memberRequest(`http://localhost/api/domains/${domain}?${RANGE}&${search}`);
  const response = await getDomain(request, { params: Promise.resolve({ domain }) });
  return { status: response.status, body: (await response.json()) as DomainDetailReport };
}

describe('the domain list', () => {
  test('counts each domain in the range, busiest first', async () => {
    const { body } = await list('');
    expect(body.domainCount).toBe(3);
    expect(body.domains).toEqual([
      { domain: 'gmail.test', attempts: 20, success: 10, deferral: 6, failure: 2, connmaxout: 2 },
      { domain: 'yahoo.test', attempts: 4, success: 3, deferral: 0, failure: 1, connmaxout: 0 },
      { domain: 'tiny.test', attempts: 1, success: 0, deferral: 1, failure: 0, connmaxout: 0 },
    ]);
  });

  test.each([
    ['acceptanceRate', 'asc', ['tiny.test', 'gmail.test', 'yahoo.test']],
    ['failureRate', 'desc', ['yahoo.test', 'gmail.test', 'tiny.test']],
    ['deferralRate', 'desc', ['tiny.test', 'gmail.test', 'yahoo.test']],
    ['connmaxoutRate', 'desc', ['gmail.test', 'tiny.test', 'yahoo.test']],
    ['domain', 'asc', ['gmail.test', 'tiny.test', 'yahoo.test']],
  ])('sorts by %s %s in the database', async (sort, dir, expected) => {
    const { body } = await list(`sort=${sort}&dir=${dir}`);
    expect(body.domains.map((row) => row.domain)).toEqual(expected);
  });

  test('searches, filters and pages', async () => {
    expect((await list('q=HOO')).body.domains.map((row) => row.domain)).toEqual(['yahoo.test']);
    const failed = (await list('status=failure')).body;
    expect(failed.domains.map((row) => [row.domain, row.attempts])).toEqual([
      ['gmail.test', 2],
      ['yahoo.test', 1],
    ]);
    const beyond = (await list('page=2')).body;
    expect(beyond).toMatchObject({ page: 2, pageSize: 50, domainCount: 3, domains: [] });
  });

  test('an unknown sort is refused', async () => {
    const { status, body } = await list('sort=attempts;drop');
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

describe('one domain', () => {
  test('totals, hourly series and retries', async () => {
    const { status, body } = await domainReport('Gmail.Test');
    expect(status).toBe(200);
    expect(body.domain).toBe('gmail.test');
    expect(body.totals).toEqual({
      success: 10,
      deferral: 6,
      failure: 2,
      failure_toolong: 0,
      connmaxout: 2,
    });
    expect(body.series).toHaveLength(24);
    expect(body.series[8]).toMatchObject({ success: 10, deferral: 6, failure: 2, connmaxout: 0 });
    expect(body.series[9]).toMatchObject({ connmaxout: 2 });
    const retries = Object.fromEntries(body.retries.map((row) => [row.value, row.attempts]));
    expect(retries).toEqual({ true: 4, false: 16 });
  });

  test('reasons, sending IPs and MX hosts', async () => {
    const { body } = await domainReport('gmail.test');
    expect(body.reasons.reduce((sum, row) => sum + row.attempts, 0)).toBe(20);
    expect(body.reasons.every((row) => row.value !== '' && row.detail !== '')).toBe(true);
    expect(body.sendingIps.map((row) => [row.value, row.detail, row.attempts])).toEqual([
      ['192.0.2.10', '5', 14],
      ['198.51.100.7', '7', 6],
    ]);
    expect(
      body.mxHosts.map((row) => [row.mxHostname, row.mxIp, row.attempts, row.failure]),
    ).toEqual([
      ['mx1.example.com', '192.0.2.25', 18, 0],
      ['mx2.gmail.test', '192.0.2.99', 2, 2],
    ]);
  });

  // Accepted attempts waited 10, 20, … 100 seconds: median 55, p95 95.5.
  test('median and p95 of injection to acceptance, from the histogram within 5 %', async () => {
    const { body } = await domainReport('gmail.test');
    expect(body.delay.accepted).toBe(10);
    expect(body.delay.estimated).toBe(true);
    expect(Math.abs(body.delay.medianSeconds! / 55 - 1)).toBeLessThan(0.05);
    expect(Math.abs(body.delay.p95Seconds! / 95.5 - 1)).toBeLessThan(0.05);
  });

  test('under a filter the histogram does not keep, the delay is computed exactly', async () => {
    const { body } = await domainReport('gmail.test', 'sendingIp=192.0.2.10');
    expect(body.delay).toMatchObject({ accepted: 10, estimated: false });
    expect(body.delay.medianSeconds).toBeCloseTo(55, 9);
    expect(body.delay.p95Seconds).toBeCloseTo(95.5, 9);
  });

  test('latest attempts, newest first, under the other filters', async () => {
    const { body } = await domainReport('gmail.test', 'status=deferral');
    expect(body.latest).toHaveLength(6);
    expect(body.latest.every((row) => row.status === 'deferral')).toBe(true);
    const times = body.latest.map((row) => row.attemptedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(body.totals.deferral).toBe(6);
    expect(body.totals.success).toBe(0);
  });

  test('a domain without attempts is an empty report, not an error', async () => {
    const { status, body } = await domainReport('nobody.test');
    expect(status).toBe(200);
    expect(body.delay).toEqual({ accepted: 0, medianSeconds: null, p95Seconds: null, estimated: true });
    expect(body.latest).toEqual([]);
  });
});
