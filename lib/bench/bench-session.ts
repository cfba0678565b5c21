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
