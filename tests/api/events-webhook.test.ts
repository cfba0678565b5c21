import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, useEnvironment, type TestDatabase } from '../support/test-database';
import { deliveryAttempt, otherEvent } from '../support/sample-events';
import { postJson, postToWebhook } from '../support/webhook-client';
import { rollupDifferences } from '../support/rollup-check';
import { closeSql, migrateTestDatabase, sqlQuery } from '../support/sql';

let database: TestDatabase;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  database = await createTestDatabase();
  useEnvironment({ ...database.environment, WEBHOOK_MAX_BODY_BYTES: '64kb' });
  await migrateTestDatabase();
  ({ POST } = await import('@/app/api/events/route'));
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await database.drop();
});

async function rollupTotal(where = 'true'): Promise<number> {
  const rows = await sqlQuery<{ total: number }>(
    `SELECT coalesce(sum(attempts), 0)::int AS total FROM attempt_rollups_hourly WHERE ${where}`,
  );
  return rows[0]?.total ?? -1;
}

describe('body forms', () => {
  test('one JSON object is stored with every field typed and the raw event kept', async () => {
    const event = deliveryAttempt({ email: 'Someone@Mail.Example.ORG', is_retry: '1', outmtaid: '7' });
    const response = await postJson(POST, event);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ stored: 1, duplicates: 0, other: 0, rejected: 0 });
    const [row] = await sqlQuery<Record<string, unknown>>(
      `SELECT recipient, recipient_domain, status, is_retry, virtual_mta, sending_ip, message_size,
              attempted_at, injected_at, raw FROM delivery_attempts WHERE event_unique_id = $1`,
      [event.event_unique_id],
    );
    expect(row).toMatchObject({
      recipient: 'Someone@Mail.Example.ORG',
      recipient_domain: 'mail.example.org',
      status: 'success',
      is_retry: true,
      virtual_mta: '7',
      sending_ip: '192.0.2.10',
    });
    expect(String(row?.message_size)).toBe('24576');
    expect(new Date(row?.attempted_at as string).getTime()).toBe(Math.round((event.timestamp as number) * 1000));
    expect(new Date(row?.injected_at as string).toISOString()).toBe('2025-12-03T08:19:50.000Z');
    expect(row?.raw).toEqual(event);
  });

  test('a JSON array batch stores each event and counts each in the rollups', async () => {
    const before = await rollupTotal();
    const batch = [
      deliveryAttempt({ status: 'deferral', message: '192.0.2.26 does not like recipient./Remote host said: 451 4.7.1 Try again later/Giving up on 192.0.2.26' }),
      deliveryAttempt({ status: 'failure', message: '192.0.2.27 does not like recipient./Remote host said: 550 5.1.1 User unknown/Giving up on 192.0.2.27' }),
      deliveryAttempt({ status: 'connmaxout', message: 'All connection backlog slots used up for this domain.' }),
    ];
    const response = await postJson(POST, batch);
    expect(await response.json()).toEqual({ stored: 3, duplicates: 0, other: 0, rejected: 0 });
    expect(await rollupTotal()).toBe(before + 3);
    expect(await rollupTotal(`status = 'connmaxout'`)).toBe(1);
  });

  test('the legacy form post is stored and answered with ok', async () => {
    const fields = new URLSearchParams({
      id: '987654321', event_type: 'delivery_attempt', event_time: '1764750100',
      email: 'legacy@example.net', status: 'failure', is_retry: '0', channel: 'remote',
      msguid: '1764750000.1', outmtaid: '5', injected_time: '1764750000', throttleid: '',
      sendsliceid: '', timestamp: '1764750100.5',
      message: '192.0.2.9 does not like recipient./Remote host said: 550 5.1.1 No such user',
    });
    const response = await postToWebhook(POST, fields.toString(), {
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    const rows = await sqlQuery<{ legacy_id: string; recipient_domain: string }>(
      `SELECT legacy_id, recipient_domain FROM delivery_attempts WHERE event_key = 'id:987654321'`,
    );
    expect(rows).toEqual([{ legacy_id: '987654321', recipient_domain: 'example.net' }]);
  });
});

describe('authentication', () => {
  test.each(['bearer', 'basic', 'query'] as const)('the secret is accepted as %s', async (auth) => {
    const response = await postJson(POST, deliveryAttempt(), { auth });
    expect(response.status).toBe(200);
  });

  test('a missing or wrong secret gets 401 and nothing is stored', async () => {
    const event = deliveryAttempt();
    for (const auth of ['none', { bearer: 'not-the-secret-at-all' }] as const) {
      const response = await postJson(POST, event, { auth });
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe('unauthorized');
    }
    const rows = await sqlQuery(`SELECT 1 FROM delivery_attempts WHERE event_unique_id = $1`, [
      event.event_unique_id,
    ]);
    expect(rows).toHaveLength(0);
  });
});

describe('errors', () => {
  test('malformed JSON gets 400 naming the problem', async () => {
    const response = await postToWebhook(POST, '[{"event_type": "delivery_attempt",]');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('malformed_json');
    expect(body.error.message).toMatch(/not valid JSON: .+/);
  });

  test('a body over the limit gets 413', async () => {
    const response = await postJson(POST, [deliveryAttempt({ message: 'x'.repeat(70 * 1024) })]);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('body_too_large');
  });

  test('a wrong content type gets 415', async () => {
    const response = await postToWebhook(POST, JSON.stringify(deliveryAttempt()), { contentType: 'text/plain' });
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe('unsupported_media_type');
  });
});

describe('idempotency', () => {
  test('duplicates within a batch and across batches are stored and counted once', async () => {
    const event = deliveryAttempt({ status: 'deferral', recipient_domain: undefined, email: 'dup@dupes.example' });
    const first = await postJson(POST, [event, event]);
    expect(await first.json()).toEqual({ stored: 1, duplicates: 1, other: 0, rejected: 0 });
    const second = await postJson(POST, [event]);
    expect(await second.json()).toEqual({ stored: 0, duplicates: 1, other: 0, rejected: 0 });
    expect(await rollupTotal(`recipient_domain = 'dupes.example'`)).toBe(1);
  });

  test('an event without ids is keyed by its content, whatever the key order', async () => {
    const event = deliveryAttempt({ email: 'hash@hashed.example' });
    delete event.event_unique_id;
    const reordered = Object.fromEntries(Object.entries(event).reverse());
    const response = await postJson(POST, [event, reordered]);
    expect(await response.json()).toEqual({ stored: 1, duplicates: 1, other: 0, rejected: 0 });
  });

  test('concurrent requests carrying the same events store and count them once', async () => {
    const batch = Array.from({ length: 40 }, (_, index) =>
      deliveryAttempt({ email: `c${index}@concurrent.example`, status: index % 2 ? 'deferral' : 'success' }),
    );
    const responses = await Promise.all(Array.from({ length: 4 }, () => postJson(POST, batch)));
    const outcomes = await Promise.all(responses.map((response) => response.json()));
    expect(outcomes.reduce((sum, outcome) => sum + outcome.stored, 0)).toBe(40);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.duplicates, 0)).toBe(120);
    const rows = await sqlQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM delivery_attempts WHERE recipient_domain = 'concurrent.example'`,
    );
    expect(rows[0]?.n).toBe(40);
    expect(await rollupTotal(`recipient_domain = 'concurrent.example'`)).toBe(40);
    expect(await rollupTotal(`recipient_domain = 'concurrent.example' AND status = 'deferral'`)).toBe(20);
    expect(await rollupDifferences(sqlQuery)).toEqual([]);
  });
});

describe('mixed batches', () => {
  test('other types are kept raw, bad events are kept with a reason, the rest is stored', async () => {
    const good = deliveryAttempt({ email: 'ok@mixed.example' });
    const noStatus = deliveryAttempt({ email: 'x@mixed.example', status: undefined });
    const badStatus = deliveryAttempt({ email: 'y@mixed.example', status: 'exploded' });
    const noRecipient = deliveryAttempt({ email: undefined });
    const badTime = deliveryAttempt({ email: 'z@mixed.example', timestamp: 'yesterday', event_time: undefined });
    const batch = [good, otherEvent('bounce_all', { bounce_type: 'h', bounce_code: 10 }),
      otherEvent('scomp'), noStatus, badStatus, noRecipient, badTime, 42];
    const response = await postJson(POST, batch);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ stored: 1, duplicates: 0, other: 2, rejected: 5 });
    const others = await sqlQuery<{ event_type: string }>(
      `SELECT event_type FROM other_events ORDER BY event_type`,
    );
    expect(others.map((row) => row.event_type)).toEqual(['bounce_all', 'scomp']);
    const rejected = await sqlQuery<{ reason: string; raw: unknown }>(
      `SELECT reason, raw FROM rejected_events ORDER BY id`,
    );
    expect(rejected.map((row) => row.reason).sort()).toEqual([
      expect.stringMatching(/^email: missing recipient/),
      expect.stringMatching(/^event: not a JSON object/),
      expect.stringMatching(/^status: must be one of/),
      expect.stringMatching(/^status: must be one of/),
      expect.stringMatching(/^timestamp: not a time/),
    ]);
    expect(rejected.map((row) => row.raw)).toContainEqual(badStatus);
  });

  test('NUL characters and lone surrogates in a reply do not fail the batch', async () => {
    const event = deliveryAttempt({ email: 'nul@hostile.example', message: 'bad\u0000reply \ud800 here' });
    const response = await postJson(POST, [event]);
    expect(await response.json()).toEqual({ stored: 1, duplicates: 0, other: 0, rejected: 0 });
    const rows = await sqlQuery<{ message: string }>(
      `SELECT message FROM delivery_attempts WHERE recipient_domain = 'hostile.example'`,
    );
    expect(rows[0]?.message).toBe('bad\uFFFDreply \uFFFD here');
  });
});
