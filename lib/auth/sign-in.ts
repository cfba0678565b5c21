import 'server-only';
import { z } from 'zod';
import type { Database } from '@/lib/db/client';
import { ApiError } from '@/lib/http/api-error';
import type { Logger } from '@/lib/log/logger';
import { decoyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from '@/lib/auth/passwords';
import {
  countSignInAttempt,
  forgiveSuccessfulAttempt,
  pruneSignInAttempts,
} from '@/lib/auth/rate-limit';
import { createSession, type SignedInUser } from '@/lib/auth/sessions';
import type { Role } from '@/lib/auth/roles';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export type SignInInput = z.infer<typeof signInSchema>;

interface SignInContext {
  database: Database;
  clientAddress: string;
  sessionTtlMs: number;
  log: Logger;
}

const WRONG_CREDENTIALS = 'Wrong email or password';

/** Checks the throttle, then the password, and opens a session. */
export async function signIn(input: SignInInput, context: SignInContext) {
  const { database, log } = context;
  const verdict = await countSignInAttempt(database, [
    { kind: 'account', value: input.email },
    { kind: 'address', value: context.clientAddress },
  ]);
  if (!verdict.allowed) {
    log.warn({ reason: 'throttled' }, 'sign-in refused');
    throw new ApiError(
      'too_many_requests',
      `Too many sign-in attempts; try again in ${Math.ceil(verdict.retryAfterSeconds / 60)} minutes`,
      { 'retry-after': String(verdict.retryAfterSeconds) },
    );
  }
  const user = await database.user.findUnique({ where: { email: input.email } });
  // The hash is checked even for unknown people, so the answer takes as long either way.
  const matches = await verifyPassword(
    user?.passwordHash ?? (await decoyPasswordHash()),
    input.password,
  );
  if (!user || !matches || user.disabledAt !== null) {
    log.warn(
      { reason: !user ? 'unknown_account' : matches ? 'disabled' : 'wrong_password' },
      'sign-in refused',
    );
    throw new ApiError('unauthorized', WRONG_CREDENTIALS);
  }
  await forgiveSuccessfulAttempt(database, {
    account: input.email,
    address: context.clientAddress,
  });
  await pruneSignInAttempts(database);
  await database.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  const session = await createSession(database, user.id, context.sessionTtlMs);
  log.info({ userId: user.id }, 'signed in');
  const signedIn: SignedInUser = { id: user.id, email: user.email, role: user.role as Role };
  return { user: signedIn, ...session };
}
