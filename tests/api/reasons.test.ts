import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CATALOGUE, PROVIDER_RULES } from '@/lib/classifier';
import { createTestDatabase, useEnvironment, type TestDatabase } from '../support/test-database';
import { postJson } from '../support/webhook-client';
import { closeSql, migrateTestDatabase } from '../support/sql';
import { memberRequest, signInTestMember } from '../support/auth';
import { GMAIL_RATE, seedEvents, WINDOW } from './report-seed';

type Get = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
let database: TestDatabase;
let reasons: (request: Request) => Promise<Response>;
let reason: Get;

beforeAll(async () => {
  database = await createTestDatabase();
  useEnvironment(database.environment);
  await migrateTestDatabase();
  await signInTestMember();
  const { POST } = await import('@/app/api/events/route');
  expect(await (await postJson(POST, seedEvents())).json()).toMatchObject({ stored: 18 });
  reasons = (await import('@/app/api/reasons/route')).GET;
  reason = (await import('@/app/api/reasons/[id]/route')).GET;
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await database.drop();
});

async function getReason(id: string, query = WINDOW) {
  const request = memberRequest(`http://localhost/api/reasons/${encodeURIComponent(id)}?${query}`);
  const response = await reason(request, { params: Promise.resolve({ id }) });
  return { status: response.status, body: await response.json() };
}

const byId = <Row extends { id: string }>(rows: Row[], id: string) =>
  rows.find((row) => row.id === id);

describe('GET /api/reasons', () => {
  test('every catalogue message and provider rule, zero counts included', async () => {
    const response = await reasons(memberRequest(`http://localhost/api/reasons?${WINDOW}`));
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.catalogue).toHaveLength(CATALOGUE.length);
    expect(body.rules).toHaveLength(PROVIDER_RULES.length);
    expect(byId(body.catalogue, 'connection-backlog-used-up')).toMatchObject({ attempts: 1 });
    expect(byId(body.catalogue, 'recipient-rejected')).toMatchObject({
      attempts: 1,
      template: '{IP} does not like recipient./Remote host said: {MESSAGE}/Giving up on {IP}',
      categoryLabel: 'Decided by the reply',
    });
    expect(byId(body.rules, 'gmail-rate-limited')).toMatchObject({
      attempts: 3,
      provider: 'Gmail',
    });
    const seen = body.rules.filter((rule: { attempts: number }) => rule.attempts > 0);
    expect(seen.map((rule: { id: string }) => rule.id).sort()).toEqual([
      'gmail-rate-limited',
      'greylisted',
      'user-unknown',
    ]);
    expect(byId(body.categories, 'invalid-recipient')).toMatchObject({ attempts: 2 });
    expect(body.stray).toEqual([]);
  });

  test('messages no rule recognised, grouped by fingerprint', async () => {
    const response = await reasons(memberRequest(`http://localhost/api/reasons?${WINDOW}`));
    const { unrecognised } = await response.json();
    expect(unrecognised.attempts).toBe(2);
    expect(
      unrecognised.groups.map(
        (group: { fingerprint: string; attempts: number }) => group.fingerprint,
      ),
    ).toEqual(expect.arrayContaining(['Message is too old', '550 zorblax frobnicated the quux']));
    expect(unrecognised.groups).toHaveLength(2);
  });

  test('filters narrow the counts', async () => {
    const response = await reasons(
      memberRequest(`http://localhost/api/reasons?${WINDOW}&domain=gmail.com`),
    );
    const body = await response.json();
    expect(byId(body.rules, 'gmail-rate-limited')).toMatchObject({ attempts: 3 });
    expect(byId(body.rules, 'user-unknown')).toMatchObject({ attempts: 0 });
    expect(body.unrecognised).toMatchObject({ attempts: 0, groups: [] });
  });
});

describe('GET /api/reasons/:id', () => {
  test('a rule with its explanation, template, replies, domains, IPs and trend', async () => {
    const { status, body } = await getReason('gmail-rate-limited');
    expect(status).toBe(200);
    expect(body.reason).toMatchObject({
      id: 'gmail-rate-limited',
      kind: 'rule',
      provider: 'Gmail',
    });
    expect(body.reason.whatToDo).toEqual(expect.any(String));
    expect(body.totals.deferral).toBe(3);
    expect(body.previousTotals.deferral).toBe(1);
    expect(body.templates).toEqual([
      {
        id: 'recipient-rejected',
        template: '{IP} does not like recipient./Remote host said: {MESSAGE}/Giving up on {IP}',
        attempts: 3,
      },
    ]);
    expect(body.fingerprints).toHaveLength(1);
    expect(body.fingerprints[0]).toMatchObject({ attempts: 3, statuses: ['deferral'] });
    expect(body.fingerprints[0].example).toContain(GMAIL_RATE);
    expect(body.domains).toEqual([{ value: 'gmail.com', label: 'gmail.com', attempts: 3 }]);
    expect(body.sendingIps).toEqual([{ value: '192.0.2.11', label: '192.0.2.11', attempts: 3 }]);
    expect(body.series.map((point: { deferral: number }) => point.deferral)).toEqual([
      0, 3, 0, 0, 0, 0,
    ]);
  });

  test('filters apply; a known reason with no attempts is still explained', async () => {
    const filtered = await getReason('gmail-rate-limited', `${WINDOW}&sendingIp=192.0.2.10`);
    expect(filtered.body.totals.deferral).toBe(0);
    expect(filtered.body.fingerprints).toEqual([]);
    const quiet = await getReason('connection-backlog-used-up', 'range=1h');
    expect(quiet.status).toBe(200);
    expect(quiet.body.reason.template).toBe(
      'All connection backlog slots used up for this domain.',
    );
  });

  test('an unknown reason is 404 and a malformed id 400', async () => {
    expect((await getReason('no-such-reason')).status).toBe(404);
    const malformed = await getReason('Robert"); DROP');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('invalid_request');
  });
});
