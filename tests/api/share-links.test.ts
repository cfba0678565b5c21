import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, useEnvironment, type TestDatabase } from '../support/test-database';
import { closeSql, migrateTestDatabase, sqlQuery } from '../support/sql';
import { signedInCookie, teamRequest } from '../support/auth';
import { deliveryAttempt } from '../support/sample-events';
import { postJson } from '../support/webhook-client';

type ShareGet = (
  request: Request,
  context: { params: Promise<{ token: string; endpoint: string[] }> },
) => Promise<Response>;
let database: TestDatabase;
let shareApi: ShareGet;
let admin: string;

const DAY = 'from=2026-11-30T00:00:00Z&to=2026-12-01T00:00:00Z';
const AT = Date.parse('2026-11-30T10:00:00Z') / 1000;
const refused = (mailbox: string, domain: string) =>
  `192.0.2.9 does not like recipient./Remote host said: 550 5.1.1 <${mailbox}@${domain}>: User unknown`;

beforeAll(async () => {
  database = await createTestDatabase();
  useEnvironment(database.environment);
  await migrateTestDatabase();
  const { POST } = await import('@/app/api/events/route');
  const events = [
    ...['alice', 'bob', 'carol'].map((name, index) =>
      deliveryAttempt({
        timestamp: AT + index,
        email: `${name}@gmail.com`,
        status: 'failure',
        message: refused(name, 'gmail.com'),
      }),
    ),
    deliveryAttempt({
      timestamp: AT + 10,
      email: 'dave@yahoo.com',
      status: 'failure',
      message: refused('dave', 'yahoo.com'),
    }),
    deliveryAttempt({ timestamp: AT + 20, email: 'erin@yahoo.com', status: 'success' }),
  ];
  expect(await (await postJson(POST, events)).json()).toMatchObject({ stored: 5 });
  shareApi = (await import('@/app/api/share/[token]/[...endpoint]/route')).GET;
  admin = (await signedInCookie('admin')).cookie;
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await database.drop();
});

async function share(view: {
  path: string;
  search: string;
  maskRecipients?: boolean;
  expiresInDays?: number;
}) {
  const { POST } = await import('@/app/api/admin/share-links/route');
  const body = JSON.stringify({ label: 'test', ...view });
  const response = await POST(
    teamRequest('/api/admin/share-links', admin, { method: 'POST', body }),
  );
  expect(response.status).toBe(201);
  const made = (await response.json()) as { path: string; link: { id: number } };
  return { token: made.path.split('/')[2]!, id: made.link.id };
}

async function ask(token: string, endpoint: string, query = '') {
  const url = `http://localhost/api/share/${token}/${endpoint}${query ? `?${query}` : ''}`;
  const segments = endpoint.split('/').map(decodeURIComponent);
  const response = await shareApi(new Request(url), {
    params: Promise.resolve({ token, endpoint: segments }),
  });
  return { status: response.status, body: await response.json() };
}

/** Every API endpoint of the app, with a sample value for each [param]. */
function everyEndpoint(): string[] {
  const root = path.resolve('app/api');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('route.ts'))
    .map((file) =>
      path
        .dirname(file)
        .split(path.sep)
        .map((part) => (part.startsWith('[') ? 'gmail.com' : part))
        .join('/'),
    );
}

describe('a shared overview of gmail.com for one day', () => {
  let token: string;
  beforeAll(
    async () => ({ token } = await share({ path: '/', search: `${DAY}&domain=gmail.com&live=1` })),
  );

  test('answers with the stored filters and range', async () => {
    const { status, body } = await ask(token, 'overview');
    expect(status).toBe(200);
    expect(body.range.from).toBe('2026-11-30T00:00:00.000Z');
    expect(body.totals.failure).toBe(3);
    expect(body.totals.success).toBe(0);
  });

  test("ignores the client's own filters and range", async () => {
    const plain = await ask(token, 'overview');
    for (const query of [
      'domain=yahoo.com',
      'range=30d',
      'from=2026-01-01T00:00:00Z&to=2026-12-02T00:00:00Z',
      'status=success',
      'tz=Asia/Tokyo',
    ]) {
      expect(await ask(token, 'overview', query)).toEqual(plain);
    }
  });

  test('masks the mailbox names in everything it answers', async () => {
    const text = JSON.stringify((await ask(token, 'overview')).body);
    expect(text).toContain('a***@gmail.com');
    expect(text).not.toMatch(/alice|bob|carol/);
  });

  test('shows nothing of other domains', async () => {
    const text = JSON.stringify((await ask(token, 'overview')).body);
    expect(text).not.toContain('yahoo.com');
  });

  test('every other endpoint of the app answers nothing', async () => {
    const others = everyEndpoint().filter((endpoint) => endpoint !== 'overview');
    expect(others.length).toBeGreaterThan(8);
    for (const endpoint of [
      ...others,
      'overview/extra',
      `share/${token}/overview`,
      '..%2Fattempts',
    ]) {
      const { status } = await ask(token, endpoint, 'domain=gmail.com');
      expect({ endpoint, status }).toEqual({ endpoint, status: 403 });
    }
  });
});

describe('other views', () => {
  test('a domain page answers for its domain only', async () => {
    const { token } = await share({ path: '/domains/gmail.com', search: DAY });
    expect((await ask(token, 'domains/gmail.com')).status).toBe(200);
    expect((await ask(token, 'domains/yahoo.com')).status).toBe(403);
    expect((await ask(token, 'domains')).status).toBe(403);
  });

  test('the domain list pages and sorts, but its search is not the client’s', async () => {
    const { token } = await share({ path: '/domains', search: `${DAY}&domain=yahoo.com` });
    const { status, body } = await ask(
      token,
      'domains',
      'sort=domain&dir=asc&page=1&q=gmail&domain=gmail.com',
    );
    expect(status).toBe(200);
    expect(
      body.domains.map(
        (row: { domain?: string; recipientDomain?: string }) => row.domain ?? row.recipientDomain,
      ),
    ).toEqual(['yahoo.com']);
  });

  test('a rolling range stays rolling', async () => {
    const { token } = await share({ path: '/', search: 'range=7d' });
    const { body } = await ask(token, 'overview');
    expect(Date.parse(body.range.to) - Date.parse(body.range.from)).toBe(7 * 86_400_000);
    expect(Date.parse(body.range.to)).toBeGreaterThan(Date.now() - 3_600_000);
  });

  test('addresses are shown when the creator chose so', async () => {
    const { token } = await share({
      path: '/',
      search: `${DAY}&domain=gmail.com`,
      maskRecipients: false,
    });
    expect(JSON.stringify((await ask(token, 'overview')).body)).toContain('alice@gmail.com');
  });
});

describe('the life of a link', () => {
  test('an unknown or malformed token opens nothing', async () => {
    expect((await ask('A'.repeat(43), 'overview')).status).toBe(404);
    expect((await ask('short', 'overview')).status).toBe(404);
  });

  test('a revoked link stops answering at once', async () => {
    const { token, id } = await share({ path: '/', search: DAY });
    expect((await ask(token, 'overview')).status).toBe(200);
    const { DELETE } = await import('@/app/api/admin/share-links/[id]/route');
    await DELETE(teamRequest(`/api/admin/share-links/${id}`, admin, { method: 'DELETE' }), {
      params: Promise.resolve({ id: String(id) }),
    });
    expect((await ask(token, 'overview')).status).toBe(404);
  });

  test('an expired link answers nothing', async () => {
    const { token, id } = await share({ path: '/', search: DAY, expiresInDays: 1 });
    expect((await ask(token, 'overview')).status).toBe(200);
    await sqlQuery(
      `UPDATE share_links SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    expect((await ask(token, 'overview')).status).toBe(404);
  });

  test('a view is recorded as last viewed', async () => {
    const { token, id } = await share({ path: '/', search: DAY });
    await ask(token, 'overview');
    const [row] = await sqlQuery<{ last_viewed_at: Date | null; token_hash: string }>(
      `SELECT last_viewed_at, token_hash FROM share_links WHERE id = $1`,
      [id],
    );
    expect(row?.last_viewed_at).not.toBeNull();
    expect(row?.token_hash).not.toContain(token);
  });
});
