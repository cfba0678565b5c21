import type { Browser, BrowserContext } from 'playwright-core';
import { createSession } from '@/lib/auth/sessions';
import { addUser } from '@/lib/auth/users';
import type { Role } from '@/lib/auth/roles';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { parseConfig } from '@/lib/config/env';
import { createDatabase, getDatabase, type Database } from '@/lib/db/client';
import { closeEmbeddedDatabases } from '@/lib/db/embedded';

// Signed-in members for tests: made directly in the database, or signed in over HTTP.

export const TEST_PASSWORD = 'correct horse battery staple';
const HOUR_MS = 3_600_000;

let sequence = 0;

export function memberEmail(role: Role): string {
  sequence += 1;
  return `${role}-${process.pid}-${sequence}@team.example`;
}

/** In-process tests: a member and the Cookie header of a fresh session of theirs. */
export async function signedInCookie(role: Role = 'viewer', database?: Database) {
  const db = database ?? (await getDatabase());
  const member = await addUser(db, { email: memberEmail(role), role, password: TEST_PASSWORD });
  const { token } = await createSession(db, member.id, HOUR_MS);
  return { member, cookie: `${SESSION_COOKIE}=${token}` };
}

let testMemberCookie: string | undefined;

/** In an API test file's beforeAll: signs in the member that memberRequest sends as. */
export async function signInTestMember(role: Role = 'viewer'): Promise<void> {
  testMemberCookie = (await signedInCookie(role)).cookie;
}

/** A request of the signed-in test member (see signInTestMember). */
export function memberRequest(url: string | URL, init: RequestInit = {}): Request {
  if (!testMemberCookie) throw new Error('signInTestMember() must run in beforeAll first');
  const headers = new Headers(init.headers);
  headers.set('cookie', testMemberCookie);
  return new Request(url, { ...init, headers });
}

/** A request as the dashboard's own page would send it, with a session cookie. */
export function teamRequest(url: string, cookie: string, init: RequestInit = {}): Request {
  const target = new URL(url, 'http://localhost');
  const headers = new Headers(init.headers);
  headers.set('cookie', cookie);
  if (init.method && init.method !== 'GET') {
    headers.set('origin', target.origin);
    headers.set('sec-fetch-site', 'same-origin');
    if (init.body !== undefined) headers.set('content-type', 'application/json');
  }
  return new Request(target, { ...init, headers });
}

/**
 * Before a server starts on the test database: adds a member. The embedded database is
 * closed again, since the server will open the same folder.
 */
export async function seedMember(environment: Record<string, string>, role: Role = 'admin') {
  const database = await createDatabase(parseConfig(environment));
  try {
    const email = memberEmail(role);
    await addUser(database, { email, role, password: TEST_PASSWORD });
    return { email, password: TEST_PASSWORD };
  } finally {
    await database.$disconnect();
    await closeEmbeddedDatabases();
  }
}

/** Signs in through the API of a running server; the session cookie's value. */
export async function signInOverHttp(baseUrl: string, email: string, password = TEST_PASSWORD) {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.get('set-cookie') ?? '';
  const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1];
  if (!response.ok || !token) throw new Error(`sign-in failed: ${response.status}`);
  return token;
}

/** A browser context already signed in as that member. */
export async function signedInContext(
  browser: Browser,
  baseUrl: string,
  member: { email: string; password: string },
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const token = await signInOverHttp(baseUrl, member.email, member.password);
  const context = await browser.newContext(options);
  await context.addCookies([
    { name: SESSION_COOKIE, value: token, url: baseUrl, httpOnly: true, sameSite: 'Lax' },
  ]);
  return context;
}

/** A page in a signed-in context of its own; closing the page's context is the caller's. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  member: { email: string; password: string },
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const context = await signedInContext(browser, baseUrl, member, options);
  return context.newPage();
}
