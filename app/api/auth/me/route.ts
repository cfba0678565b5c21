// GET /api/auth/me: the signed-in member (401 when there is none).
import { NextResponse } from 'next/server';
import { handleRequest } from '@/lib/http/request-context';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handleRequest(request, async (_incoming, { user }) => NextResponse.json({ user }), {
    access: 'session',
  });
}
