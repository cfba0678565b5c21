import { createSession } from '@/lib/auth/sessions';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { addUser } from '@/lib/auth/users';
import { parseConfig } from '@/lib/config/env';
import { createDatabase } from '@/lib/db/client';

// The dashboard reads need a signed-in member: one is made directly in the database, as
// the tests do, so no sign-in (and no password hashing) is inside the measured requests.

const SESSION_TTL_MS = 6 * 3_600_000;

export async function benchSessionCookie(url: string): Promise<string> {
  const database = await createDatabase(parseConfig({ DATABASE_URL: url }));
  try {
    const email = `bench-${process.pid}-${Date.now()}@bench.example`;
    const member = await addUser(database, {
      email,
      role: 'viewer',
      password: 'bench-query password, never used to sign in',
    });
    const { token } = await createSession(database, member.id, SESSION_TTL_MS);
    return `${SESSION_COOKIE}=${token}`;
  } finally {
    await database.$disconnect();
  }
}

/** Whether the server takes the cookie: a dashboard read that says 401 measures nothing. */
export async function checkSession(baseUrl: string, cookie: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/me`, { headers: { cookie } });
  if (response.status === 404) return 'no /api/auth/me here: requests carry the cookie anyway';
  if (!response.ok) throw new Error(`the bench session was refused: ${response.status}`);
  const body = (await response.json()) as { user?: { email?: string } };
  return `signed in as ${body.user?.email ?? 'unknown'}`;
}
