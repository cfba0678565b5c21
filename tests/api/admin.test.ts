import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createTestDatabase,
  useEnvironment,
  WEBHOOK_SECRET,
  type TestDatabase,
} from '../support/test-database';
import { closeSql, migrateTestDatabase, sqlQuery } from '../support/sql';
import { memberEmail, signedInCookie, teamRequest, TEST_PASSWORD } from '../support/auth';
import { deliveryAttempt } from '../support/sample-events';
import { postJson } from '../support/webhook-client';

type Handler = (
  request: Request,
  context: { params: Promise<{ id: string }> },
) => Promise<Response>;
let database: TestDatabase;
let routes: Record<string, Record<string, Handler>>;
let admin: string;
let viewer: string;
let events: (request: Request) => Promise<Response>;

beforeAll(async () => {
  database = await createTestDatabase();
  useEnvironment(database.environment);
  await migrateTestDatabase();
  routes = {
    users: await import('@/app/api/admin/users/route'),
    user: await import('@/app/api/admin/users/[id]/route'),
    secrets: await import('@/app/api/admin/webhook-secrets/route'),
    secret: await import('@/app/api/admin/webhook-secrets/[id]/route'),
    links: await import('@/app/api/admin/share-links/route'),
    link: await import('@/app/api/admin/share-links/[id]/route'),
  } as unknown as Record<string, Record<string, Handler>>;
  events = (await import('@/app/api/events/route')).POST;
  admin = (await signedInCookie('admin')).cookie;
  viewer = (await signedInCookie('viewer')).cookie;
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await database.drop();
});

async function call(route: string, method: string, cookie: string, body?: unknown, id = '1') {
  const init = {
    method,
    body: body === undefined || method === 'GET' ? undefined : JSON.stringify(body),
  };
  const response = await routes[route]![method]!(teamRequest(`/api/admin/${route}`, cookie, init), {
    params: Promise.resolve({ id }),
  });
  return { status: response.status, body: await response.json() };
}

const MANAGING = [
  ['users', 'GET'],
  ['users', 'POST'],
  ['user', 'PATCH'],
  ['secrets', 'GET'],
  ['secrets', 'POST'],
  ['secret', 'DELETE'],
  ['links', 'GET'],
  ['links', 'POST'],
  ['link', 'DELETE'],
] as const;

describe('roles', () => {
  test.each(MANAGING)('a viewer gets 403 from %s %s', async (route, method) => {
    const { status, body } = await call(route, method, viewer, {});
    expect(status).toBe(403);
    expect(body.error.code).toBe('forbidden');
  });

  test('an admin may list people', async () => {
    const { status, body } = await call('users', 'GET', admin);
    expect(status).toBe(200);
    expect(body.users.map((user: { role: string }) => user.role).sort()).toEqual([
      'admin',
      'viewer',
    ]);
    expect(JSON.stringify(body)).not.toMatch(/argon2|password/i);
  });

  test('a cross-site post is refused even with an admin cookie', async () => {
    const forged = new Request('http://localhost/api/admin/users', {
      method: 'POST',
      headers: {
        cookie: admin,
        origin: 'https://evil.example',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ email: memberEmail('admin'), role: 'admin', password: TEST_PASSWORD }),
    });
    expect(
      (await routes.users!.POST!(forged, { params: Promise.resolve({ id: '' }) })).status,
    ).toBe(403);
  });
});

describe('people', () => {
  test('an admin adds a viewer, makes them admin, then disables them', async () => {
    const email = memberEmail('viewer');
    const added = await call('users', 'POST', admin, {
      email,
      role: 'viewer',
      password: TEST_PASSWORD,
    });
    expect(added.status).toBe(201);
    const id = String(added.body.user.id);
    expect((await call('user', 'PATCH', admin, { role: 'admin' }, id)).body.user.role).toBe(
      'admin',
    );
    const disabled = await call('user', 'PATCH', admin, { disabled: true }, id);
    expect(disabled.body.user.disabledAt).not.toBeNull();
  });

  test('a short password or a taken email is refused', async () => {
    const short = await call('users', 'POST', admin, {
      email: memberEmail('viewer'),
      role: 'viewer',
      password: 'short',
    });
    expect(short.status).toBe(400);
    const [existing] = await sqlQuery<{ email: string }>(`SELECT email FROM users LIMIT 1`);
    const taken = await call('users', 'POST', admin, {
      email: existing!.email,
      role: 'viewer',
      password: TEST_PASSWORD,
    });
    expect(taken.status).toBe(409);
  });

  test('the last active admin cannot be disabled or demoted', async () => {
    await sqlQuery(
      `UPDATE users SET disabled_at = now() WHERE role = 'admin' AND email NOT LIKE 'admin-%'`,
    );
    const [self] = await sqlQuery<{ id: number }>(
      `SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL`,
    );
    expect((await call('user', 'PATCH', admin, { disabled: true }, String(self!.id))).status).toBe(
      409,
    );
    expect((await call('user', 'PATCH', admin, { role: 'viewer' }, String(self!.id))).status).toBe(
      409,
    );
  });
});

describe('webhook secrets', () => {
  test('a secret is shown once, listed by prefix only, accepted by the webhook until revoked', async () => {
    const created = await call('secrets', 'POST', admin, { label: 'ga-east' });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const listed = await call('secrets', 'GET', admin);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(listed.body.secrets[0]).toMatchObject({
      label: 'ga-east',
      prefix: secret.slice(0, 8),
      lastUsedAt: null,
    });
    const [stored] = await sqlQuery<{ secret_hash: string }>(
      `SELECT secret_hash FROM webhook_secrets`,
    );
    expect(stored!.secret_hash).not.toContain(secret);

    expect((await postJson(events, deliveryAttempt(), { auth: { bearer: secret } })).status).toBe(
      200,
    );
    expect((await call('secrets', 'GET', admin)).body.secrets[0].lastUsedAt).not.toBeNull();

    expect(
      (await call('secret', 'DELETE', admin, undefined, String(created.body.summary.id))).body,
    ).toEqual({ revoked: true });
    expect((await postJson(events, deliveryAttempt(), { auth: { bearer: secret } })).status).toBe(
      401,
    );
    expect((await postJson(events, deliveryAttempt())).status).toBe(200);
  });
});

describe('share links', () => {
  test('an admin makes a link to a view, sees it listed with its creator, and revokes it', async () => {
    const made = await call('links', 'POST', admin, {
      path: '/domains',
      search: 'range=7d&domain=gmail.com&live=1',
      label: 'Postmaster',
      expiresInDays: 7,
    });
    expect(made.status).toBe(201);
    expect(made.body.path).toMatch(/^\/share\/[A-Za-z0-9_-]{43}$/);
    const listed = (await call('links', 'GET', admin)).body.links[0];
    expect(listed).toMatchObject({
      label: 'Postmaster',
      path: '/domains',
      query: 'range=7d&domain=gmail.com',
      maskRecipients: true,
    });
    expect(listed.createdBy).toMatch(/^admin-/);
    expect(Date.parse(listed.expiresAt) - Date.parse(listed.createdAt)).toBeCloseTo(
      7 * 86_400_000,
      -4,
    );
    expect(JSON.stringify(listed)).not.toContain(made.body.path.slice(7));
    expect((await call('link', 'DELETE', admin, undefined, String(listed.id))).body).toEqual({
      revoked: true,
    });
  });

  test.each([
    ['/events', ''],
    ['/admin/people', ''],
    ['/', 'smtpCode=abc'],
    ['/', 'from=2026-12-01T00:00:00Z'],
  ])('%s?%s cannot be shared', async (path, search) => {
    expect((await call('links', 'POST', admin, { path, search, label: 'x' })).status).toBe(400);
  });
});

test('the webhook still takes the secret from the environment', async () => {
  expect(
    (await postJson(events, deliveryAttempt(), { auth: { bearer: WEBHOOK_SECRET } })).status,
  ).toBe(200);
});
