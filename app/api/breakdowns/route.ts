// GET /api/breakdowns: deferrals (set=deferrals) or failures (set=failures) by every dimension.
import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/http/api-error';
import { handleRequest } from '@/lib/http/request-context';
import { breakdownReport } from '@/lib/reports/breakdowns';
import { parseReportQuery } from '@/lib/reports/report-filters';
import { STATUS_SETS, type StatusSetName } from '@/lib/reports/status-sets';

export const dynamic = 'force-dynamic';

function isStatusSet(value: string | null): value is StatusSetName {
  return value !== null && Object.hasOwn(STATUS_SETS, value);
}

export function GET(request: Request): Promise<Response> {
  return handleRequest(request, async (incoming) => {
    const params = new URL(incoming.url).searchParams;
    const set = params.get('set');
    if (!isStatusSet(set)) throw new ApiError('invalid_request', 'set: deferrals or failures');

    const query = parseReportQuery(params);
    if (!query.ok) throw new ApiError('invalid_request', query.message);

    return NextResponse.json(await breakdownReport(set, query.value));
  });
}
