// GET /api/overview: totals against the previous period, series, top reasons and trouble spots.
import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/http/api-error';
import { handleRequest } from '@/lib/http/request-context';
import { overviewReport } from '@/lib/reports/overview';
import { parseReportQuery } from '@/lib/reports/report-filters';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handleRequest(request, async (incoming) => {
    const query = parseReportQuery(new URL(incoming.url).searchParams);
    if (!query.ok) throw new ApiError('invalid_request', query.message);

    return NextResponse.json(await overviewReport(query.value));
  });
}
