import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { resolveSession, type ActiveSession } from '@/lib/auth/sessions';
import { getDatabase } from '@/lib/db/client';
import { PAGE_PATH_HEADER } from '@/lib/http/security-headers';

// Server components' view of the session: pages redirect to sign-in without one.

/** Looked up once per request however many layouts and pages ask. */
export const currentSession = cache(async (): Promise<ActiveSession | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return resolveSession(await getDatabase(), token);
});

/** Only paths of this site: never `//host` or a scheme, which would send people elsewhere. */
export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return '/';
  return value;
}

export async function requirePageSession(): Promise<ActiveSession> {
  const session = await currentSession();
  if (session) return session;
  const path = safeNextPath((await headers()).get(PAGE_PATH_HEADER));
  redirect(path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`);
}
