import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, useEnvironment, type TestDatabase } from '../support/test-database';
import { closeSql, migrateTestDatabase, sqlQuery } from '../support/sql';
import { memberEmail, signedInCookie, teamRequest, TEST_PASSWORD } from '../support/auth';
import { SIGN_IN_LIMITS } from '@/lib/auth/rate-limit';

type Handler = (request: Request) => Promise<Response>;
let database: TestDatabase;
let signIn: Handler;
let signOut: Handler;
let me: Handler;

beforeAll(async () => {
  database = await createTestDatabase();
  useEnvironment(database.environment);
  await migrateTestDatabase();
  signIn = (await import('@/app/api/auth/sign-in/route')).POST;
  signOut = (await import('@/app/api/auth/sign-out/route')).POST;
  me = (await import('@/app/api/auth/me/route')).GET;
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
  await closeSql();
  await database.drop();
});

function signInRequest(email: string, password: string, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.1', ...headers },
    body: JSON.stringify({ email, password }),
  });
}

async function member(role: 'admin' | 'viewer' = 'viewer') {
  const { member: created } = await signedInCookie(role);
  return created.email;
}

function cookieOf(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('sign-in and sessions', () => {
  test('the right password opens a session in an HTTP-only SameSite cookie', async () => {
    const email = await member();
    const response = await signIn(signInRequest(email.toUpperCase(), TEST_PASSWORD));
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(
      /^dd_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/,
    );
    const answer = await me(teamRequest('/api/auth/me', cookieOf(response)));
    expect((await answer.json()).user).toMatchObject({ email, role: 'viewer' });
  });

  test('the database keeps only a hash of the session token', async () => {
    const email = await member();
    const token = cookieOf(await signIn(signInRequest(email, TEST_PASSWORD))).split('=')[1]!;
    const rows = await sqlQuery<{ token_hash: string }>(
      `SELECT token_hash FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`,
      [email],
    );
    const hashes = rows.map((row) => row.token_hash);
    expect(hashes).toContain(createHash('sha256').update(token).digest('hex'));
    expect(hashes.join()).not.toContain(token);
  });

  test('a wrong password, an unknown person and a disabled one get the same 401', async () => {
    const email = await member();
    const disabled = await member();
    await sqlQuery(`UPDATE users SET disabled_at = now() WHERE email = $1`, [disabled]);
    for (const [who, password] of [
      [email, 'wrong password!!'],
      [memberEmail('viewer'), TEST_PASSWORD],
      [disabled, TEST_PASSWORD],
    ]) {
      const response = await signIn(
        signInRequest(who!, password!, { 'x-forwarded-for': '198.51.100.2' }),
      );
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { code: 'unauthorized', message: 'Wrong email or password' },
      });
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  test('sign-out ends the session in the database, not only in the browser', async () => {
    const { cookie } = await signedInCookie();
    expect((await me(teamRequest('/api/auth/me', cookie))).status).toBe(200);
    const response = await signOut(teamRequest('/api/auth/sign-out', cookie, { method: 'POST' }));
    expect(response.headers.get('set-cookie')).toMatch(/^dd_session=; .*Max-Age=0/);
    expect((await me(teamRequest('/api/auth/me', cookie))).status).toBe(401);
  });

  test('an expired session is refused and removed', async () => {
    const { member: expired, cookie } = await signedInCookie();
    await sqlQuery(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [expired.id],
    );
    expect((await me(teamRequest('/api/auth/me', cookie))).status).toBe(401);
    const left = await sqlQuery(`SELECT 1 FROM sessions WHERE user_id = $1`, [expired.id]);
    expect(left).toHaveLength(0);
  });

  test('disabling someone ends the sessions they have', async () => {
    const { member: person, cookie } = await signedInCookie();
    await sqlQuery(`UPDATE users SET disabled_at = now() WHERE id = $1`, [person.id]);
    expect((await me(teamRequest('/api/auth/me', cookie))).status).toBe(401);
  });

  test('a made-up or malformed cookie is simply not a session', async () => {
    for (const cookie of ['dd_session=' + 'A'.repeat(43), 'dd_session=../../etc', 'other=1']) {
      expect((await me(teamRequest('/api/auth/me', cookie))).status).toBe(401);
    }
  });
});

describe('rate limiting', () => {
  test('an account is locked for the window after its limit of attempts, even with the right password', async () => {
    const email = await member();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.account; attempt += 1) {
      const address = `203.0.113.${attempt + 10}`;
      expect(
        (await signIn(signInRequest(email, 'wrong password!!', { 'x-forwarded-for': address })))
          .status,
      ).toBe(401);
    }
    const locked = await signIn(
      signInRequest(email, TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.99' }),
    );
    expect(locked.status).toBe(429);
    expect((await locked.json()).error.code).toBe('too_many_requests');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  test('one address guessing many accounts is stopped too', async () => {
    const headers = { 'x-forwarded-for': '192.0.2.200' };
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.address; attempt += 1) {
      const response = await signIn(
        signInRequest(memberEmail('viewer'), 'wrong password!!', headers),
      );
      expect(response.status).toBe(401);
    }
    const email = await member();
    expect((await signIn(signInRequest(email, TEST_PASSWORD, headers))).status).toBe(429);
    expect(
      (await signIn(signInRequest(email, TEST_PASSWORD, { 'x-forwarded-for': '192.0.2.201' })))
        .status,
    ).toBe(200);
  });

  test('the counts live in the database, shared by every instance', async () => {
    const rows = await sqlQuery<{ key: string; attempts: number }>(
      `SELECT key, attempts FROM sign_in_throttle WHERE key = 'address:192.0.2.200'`,
    );
    expect(rows[0]?.attempts).toBeGreaterThan(SIGN_IN_LIMITS.address);
  });

  test('parallel guesses cannot get past the limit', async () => {
    const email = await member();
    const guesses = Array.from({ length: 12 }, (_, index) =>
      signIn(
        signInRequest(email, 'wrong password!!', {
          'x-forwarded-for': `198.51.100.${100 + index}`,
        }),
      ),
    );
    const statuses = (await Promise.all(guesses)).map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(SIGN_IN_LIMITS.account);
    expect(statuses.filter((status) => status === 429)).toHaveLength(12 - SIGN_IN_LIMITS.account);
  });
});

describe('cross-site requests', () => {
  test('a sign-in posted from another site is refused before the password is checked', async () => {
    const email = await member();
    const response = await signIn(
      signInRequest(email, TEST_PASSWORD, { origin: 'https://evil.example' }),
    );
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('cross_site_request');
  });

  test('a sign-out from another site does not end the session', async () => {
    const { cookie } = await signedInCookie();
    const forged = new Request('http://localhost/api/auth/sign-out', {
      method: 'POST',
      headers: { cookie, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    });
    expect((await signOut(forged)).status).toBe(403);
    expect((await me(teamRequest('/api/auth/me', cookie))).status).toBe(200);
  });
});
