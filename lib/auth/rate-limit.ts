import 'server-only';
import type { Database } from '@/lib/db/client';

// Sign-in attempts counted per account and per client address in fixed windows, in the
// database: every instance behind the load balancer shares the counts. The count is
// raised before the password is checked, atomically, so parallel guesses cannot slip by.

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const SIGN_IN_LIMITS = { account: 5, address: 20 } as const;

export type ThrottleKind = keyof typeof SIGN_IN_LIMITS;

export interface ThrottleKey {
  kind: ThrottleKind;
  value: string;
}

export interface ThrottleVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

function windowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / SIGN_IN_WINDOW_MS) * SIGN_IN_WINDOW_MS);
}

function storedKey({ kind, value }: ThrottleKey): string {
  return `${kind}:${value}`;
}

/** Counts one attempt against every key; refused when any key is over its limit. */
export async function countSignInAttempt(
  database: Database,
  keys: readonly ThrottleKey[],
  now = new Date(),
): Promise<ThrottleVerdict> {
  const start = windowStart(now);
  let allowed = true;
  for (const key of keys) {
    const attempts = await increment(database, storedKey(key), start);
    if (attempts > SIGN_IN_LIMITS[key.kind]) allowed = false;
  }
  const retryAfterMs = start.getTime() + SIGN_IN_WINDOW_MS - now.getTime();
  return { allowed, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
}

async function increment(database: Database, key: string, start: Date): Promise<number> {
  const rows = await database.$queryRaw<{ attempts: number }[]>`
    INSERT INTO sign_in_throttle (key, window_start, attempts) VALUES (${key}, ${start}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET attempts = sign_in_throttle.attempts + 1
    RETURNING attempts`;
  return rows[0]?.attempts ?? Number.POSITIVE_INFINITY;
}

/**
 * A successful sign-in clears the account's count and takes its own attempt back from
 * the address's, so a busy office behind one address is limited by failures only.
 */
export async function forgiveSuccessfulAttempt(
  database: Database,
  keys: { account: string; address: string },
  now = new Date(),
) {
  const start = windowStart(now);
  const account = storedKey({ kind: 'account', value: keys.account });
  const address = storedKey({ kind: 'address', value: keys.address });
  await database.signInThrottle.deleteMany({ where: { key: account, windowStart: start } });
  await database.signInThrottle.updateMany({
    where: { key: address, windowStart: start, attempts: { gt: 0 } },
    data: { attempts: { decrement: 1 } },
  });
}

export async function pruneSignInAttempts(database: Database, now = new Date()) {
  await database.signInThrottle.deleteMany({
    where: { windowStart: { lt: new Date(windowStart(now).getTime() - SIGN_IN_WINDOW_MS) } },
  });
}
