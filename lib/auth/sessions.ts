import 'server-only';
import type { Database } from '@/lib/db/client';
import type { Role } from '@/lib/auth/roles';
import { hashToken, looksLikeToken, newToken } from '@/lib/auth/tokens';

// Sessions live in the database so every instance behind the load balancer sees them.

export interface SignedInUser {
  id: number;
  email: string;
  role: Role;
}

export interface ActiveSession {
  user: SignedInUser;
  expiresAt: Date;
}

export async function createSession(
  database: Database,
  userId: number,
  ttlMs: number,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await database.session.deleteMany({ where: { expiresAt: { lte: now } } });
  await database.session.create({ data: { tokenHash: hashToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** The session a cookie names, if it has not expired and its person is not disabled. */
export async function resolveSession(
  database: Database,
  token: string | null | undefined,
  now = new Date(),
): Promise<ActiveSession | null> {
  if (!token || !looksLikeToken(token)) return null;
  const session = await database.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      expiresAt: true,
      user: { select: { id: true, email: true, role: true, disabledAt: true } },
    },
  });
  if (!session || session.user.disabledAt !== null) return null;
  if (session.expiresAt <= now) {
    await endSession(database, token);
    return null;
  }
  const { id, email, role } = session.user;
  return { user: { id, email, role: role as Role }, expiresAt: session.expiresAt };
}

export async function endSession(database: Database, token: string | null | undefined) {
  if (!token || !looksLikeToken(token)) return;
  await database.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}
