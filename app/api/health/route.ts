// GET /api/health: 200 when the database answers, 503 when it does not.
import { NextResponse } from 'next/server';
import { isDatabaseReachable } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

const HEALTH_TIMEOUT_MS = 3000;

export async function GET(): Promise<Response> {
  const reachable = await isDatabaseReachable(HEALTH_TIMEOUT_MS);

  if (!reachable) return NextResponse.json({ status: 'unavailable', database: 'unreachable' }, { status: 503 });
  return NextResponse.json({ status: 'ok', database: 'reachable' });
}
