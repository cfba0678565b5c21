// GET /api/reasons/:id: one reason explained, with its replies, domains, IPs and trend.
import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/http/api-error';
import { handleRequest } from '@/lib/http/request-context';
import { reasonDetailReport } from '@/lib/reports/reason-detail';
import { parseReportQuery } from '@/lib/reports/report-filters';

export const dynamic = 'force-dynamic';

const REASON_ID = /^[a-z0-9][a-z0-9._-]{0,127}$/;

export function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return handleRequest(request, async (incoming) => {
    const { id } = await context.params;
    if (!REASON_ID.test(id)) throw new ApiError('invalid_request', 'id: not a reason id');

    const query = parseReportQuery(new URL(incoming.url).searchParams);
    if (!query.ok) throw new ApiError('invalid_request', query.message);

    const report = await reasonDetailReport(id, query.value);
    if (!report) throw new ApiError('not_found', `No reason ${id} is known or seen`);

    return NextResponse.json(report);
  });
}
