// POST /api/auth/sign-in: checks email and password and opens a session in an HTTP-only cookie.
import { NextResponse } from 'next/server';
import { clientAddress } from '@/lib/auth/client-address';
import { sessionCookie } from '@/lib/auth/session-cookie';
import { signIn, signInSchema } from '@/lib/auth/sign-in';
import { loadConfig } from '@/lib/config/env';
import { getDatabase } from '@/lib/db/client';
import { handleRequest } from '@/lib/http/request-context';
import { readJson } from '@/lib/http/read-json';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleRequest(
    request,
    async (incoming, { log }) => {
      const input = await readJson(incoming, signInSchema);

      const config = loadConfig();
      const { user, token, expiresAt } = await signIn(input, {
        database: await getDatabase(),
        clientAddress: clientAddress(incoming, config.proxyHops),
        sessionTtlMs: config.sessionTtlMs,
        log,
      });

      const response = NextResponse.json({ user, expiresAt });
      response.headers.append('set-cookie', sessionCookie(incoming, token, expiresAt));
      return response;
    },
    { access: 'public' },
  );
}
