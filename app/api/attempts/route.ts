// GET /api/attempts: one keyset page of the attempt log, newest first, with its filters.
import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/http/api-error';
import { handleRequest } from '@/lib/http/request-context';
import { attemptLogReport } from '@/lib/reports/attempt-log';
import { parseLogQuery } from '@/lib/reports/log-query';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handleRequest(request, async (incoming) => {
    const query = parseLogQuery(new URL(incoming.url).searchParams);
    if (!query.ok) throw new ApiError('invalid_request', query.message);

    return NextResponse.json(await attemptLogReport(query.value));
  });
}
