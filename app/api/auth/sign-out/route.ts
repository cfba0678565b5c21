// POST /api/auth/sign-out: ends the session in the database and clears the cookie.
import { NextResponse } from 'next/server';
import { SESSION_COOKIE, clearedSessionCookie, readCookie } from '@/lib/auth/session-cookie';
import { endSession } from '@/lib/auth/sessions';
import { getDatabase } from '@/lib/db/client';
import { handleRequest } from '@/lib/http/request-context';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleRequest(
    request,
    async (incoming) => {
      await endSession(await getDatabase(), readCookie(incoming, SESSION_COOKIE));

      const response = NextResponse.json({ signedOut: true });
      response.headers.append('set-cookie', clearedSessionCookie(incoming));
      return response;
    },
    { access: 'public' },
  );
}
