// GET /api/overview: status totals, the status time series and the latest attempts.
import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/http/api-error';
import { handleRequest } from '@/lib/http/request-context';
import { overviewReport } from '@/lib/reports/overview';
import { parseReportRange } from '@/lib/reports/parse-report-range';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handleRequest(request, async (incoming) => {
    const range = parseReportRange(new URL(incoming.url).searchParams);
    if (!range.ok) throw new ApiError('invalid_request', range.message);

    return NextResponse.json(await overviewReport(range.value));
  });
}
