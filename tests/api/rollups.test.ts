import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, useEnvironment, type TestDatabase } from '../support/test-database';
import { postJson } from '../support/webhook-client';
import { closeSql, migrateTestDatabase, sqlQuery } from '../support/sql';
import { memberRequest, signInTestMember } from '../support/auth';
import { rollupDifferences } from '../support/rollup-check';
import { generateDeliveryAttempts } from '@/lib/demo';
import { cubeBackfillStatements } from '@/lib/rollups/cubes';

// Realistic traffic over three days, so cubes at both grains and ranges with ragged ends
// are exercised against recounts of the stored attempts.

type Get = (request: Request) => Promise<Response>;
let database: TestDatabase;
let stored = 0;

const START = new Date('2026-11-20T00:00:00Z');
const END = new Date('2026-11-23T00:00:00Z');
// Whole days in the middle, part days at both ends, part hours at both ends.
const RAGGED = { from: '2026-11-20T09:17:00Z', to: '2026-11-22T17:43:00Z' };

beforeAll(async () => {
  database = await createTestDatabase();
  useEnvironment(database.environment);
  await migrateTestDatabase();
  await signInTestMember();
  const { POST } = await import('@/app/api/events/route');
  const events = generateDeliveryAttempts({ seed: 7, start: START, end: END, messages: 1500 });
  for (let offset = 0; offset < events.length; offset += 500) {
    const response = await postJson(POST, events.slice(offset, offset + 500));
    stored += ((await response.json()) as { stored: number }).stored;
  }
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await database.drop();
});

async function get<T>(route: 'overview' | 'domains', query: Record<string, string>): Promise<T> {
  const routes: Record<typeof route, Get> = {
    overview: (await import('@/app/api/overview/route')).GET,
    domains: (await import('@/app/api/domains/route')).GET,
  };
  const url = `http://localhost/api/${route}?${new URLSearchParams(query)}`;
  const response = await routes[route](memberRequest(url));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

async function rawCounts(where: string, params: unknown[]): Promise<Record<string, number>> {
  const rows = await sqlQuery<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM delivery_attempts
     WHERE attempted_at >= $1 AND attempted_at < $2 AND ${where} GROUP BY status`,
    [RAGGED.from, RAGGED.to, ...params],
  );
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

function withoutZeros(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

test('ingest keeps the wide rollup and every cube, hourly and daily, exact', async () => {
  expect(stored).toBeGreaterThan(1500);
  expect(await rollupDifferences(sqlQuery)).toEqual([]);
});

describe('reports over a range with whole days inside and part days at the ends', () => {
  test('the overview totals equal a count of the attempts', async () => {
    const body = await get<{ totals: Record<string, number> }>('overview', RAGGED);
    expect(withoutZeros(body.totals)).toEqual(await rawCounts('true', []));
  });

  test('the domain list equals a count per domain', async () => {
    const body = await get<{ domains: { domain: string; attempts: number }[] }>('domains', {
      ...RAGGED,
      sort: 'attempts',
    });
    const rows = await sqlQuery<{ domain: string; n: number }>(
      `SELECT recipient_domain AS domain, count(*)::int AS n FROM delivery_attempts
       WHERE attempted_at >= $1 AND attempted_at < $2 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
      [RAGGED.from, RAGGED.to],
    );
    expect(body.domains.slice(0, 10).map((row) => [row.domain, row.attempts])).toEqual(
      rows.map((row) => [row.domain, row.n]),
    );
  });

  test('one domain under filters no cube keeps (the wide rollup answers) equals a count', async () => {
    const [busiest] = await sqlQuery<{ domain: string; ip: string; provider: string }>(
      `SELECT recipient_domain AS domain, sending_ip AS ip, provider FROM delivery_attempts
       WHERE provider IS NOT NULL GROUP BY 1, 2, 3 ORDER BY count(*) DESC LIMIT 1`,
    );
    const { domain, ip, provider } = busiest!;
    const { GET } = await import('@/app/api/domains/[domain]/route');
    const query = new URLSearchParams({ ...RAGGED, sendingIp: ip, provider });
    const request = memberRequest(`http://localhost/api/domains/${domain}?${query}`);
    const response = await GET(request, { params: Promise.resolve({ domain }) });
    const body = (await response.json()) as { totals: Record<string, number> };
    const expected = await rawCounts('recipient_domain = $3 AND sending_ip = $4 AND provider = $5', [
      domain,
      ip,
      provider,
    ]);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(withoutZeros(body.totals)).toEqual(expected);
  });
});

test('a range inside one hour is read from the attempts, to the minute', async () => {
  const inside = { from: '2026-11-21T10:05:00Z', to: '2026-11-21T10:35:00Z' };
  const body = await get<{ totals: Record<string, number> }>('overview', inside);
  const rows = await sqlQuery<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM delivery_attempts
     WHERE attempted_at >= $1 AND attempted_at < $2 GROUP BY status`,
    [inside.from, inside.to],
  );
  expect(rows.length).toBeGreaterThan(0);
  expect(withoutZeros(body.totals)).toEqual(Object.fromEntries(rows.map((row) => [row.status, row.n])));
});

describe('day buckets in the view’s time zone', () => {
  const range = { from: '2026-11-19T00:00:00Z', to: '2026-11-24T00:00:00Z' };
  const attemptsOf = (point: Record<string, number | string>) =>
    ['success', 'deferral', 'failure', 'failure_toolong', 'connmaxout'].reduce(
      (sum, status) => sum + Number(point[status]),
      0,
    );

  async function seriesFor(tz: string) {
    const body = await get<{ series: ({ bucket: string } & Record<string, number | string>)[] }>('overview', {
      ...range,
      tz,
    });
    return body.series;
  }

  /** Each bucket holds exactly the attempts from its start to the next one's (inside the range). */
  async function expectBucketsHoldTheirIntervals(series: ({ bucket: string } & Record<string, number | string>)[]) {
    const counted: number[] = [];
    for (const [index, point] of series.entries()) {
      const start = new Date(Math.max(Date.parse(point.bucket), Date.parse(range.from)));
      const next = series[index + 1]?.bucket ?? range.to;
      const rows = await sqlQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM delivery_attempts WHERE attempted_at >= $1 AND attempted_at < $2`,
        [start.toISOString(), new Date(Math.min(Date.parse(next), Date.parse(range.to))).toISOString()],
      );
      counted.push(rows[0]!.n);
    }
    expect(series.map(attemptsOf)).toEqual(counted);
    expect(counted.filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
  }

  test('New York days start at its midnight', async () => {
    const series = await seriesFor('America/New_York');
    expect(series.map((point) => point.bucket)).toEqual([
      '2026-11-18T05:00:00.000Z',
      '2026-11-19T05:00:00.000Z',
      '2026-11-20T05:00:00.000Z',
      '2026-11-21T05:00:00.000Z',
      '2026-11-22T05:00:00.000Z',
      '2026-11-23T05:00:00.000Z',
    ]);
    await expectBucketsHoldTheirIntervals(series);
  });

  test('India’s days start at the first whole UTC hour after its midnight', async () => {
    const series = await seriesFor('Asia/Kolkata');
    expect(series[0]?.bucket).toBe('2026-11-18T19:00:00.000Z');
    await expectBucketsHoldTheirIntervals(series);
  });
});

test('the migration fills the cubes from existing rollups and attempts exactly as ingest did', async () => {
  const migration = readFileSync(
    'prisma/migrations/20261203050000_rollup_cubes/migration.sql',
    'utf8',
  );
  const statements = cubeBackfillStatements().map((statement) => statement.trim());
  for (const statement of statements) expect(migration).toContain(`${statement};`);
  await sqlQuery('DELETE FROM attempt_cubes_hourly');
  await sqlQuery('DELETE FROM attempt_cubes_daily');
  expect(await rollupDifferences(sqlQuery)).not.toEqual([]);
  for (const statement of statements) await sqlQuery(statement);
  expect(await rollupDifferences(sqlQuery)).toEqual([]);
});
