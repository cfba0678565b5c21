// GET /api/domains/:domain: one recipient domain's rates, reasons, hosts, delays and attempts.
import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/http/api-error';
import { handleRequest } from '@/lib/http/request-context';
import { domainDetailReport } from '@/lib/reports/domain-detail';
import { domainFromSegment } from '@/lib/reports/domain-param';
import { parseReportQuery } from '@/lib/reports/report-filters';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ domain: string }>;
}

export function GET(request: Request, { params }: RouteContext): Promise<Response> {
  return handleRequest(request, async (incoming) => {
    const domain = domainFromSegment((await params).domain);
    if (domain === null) throw new ApiError('invalid_request', 'domain: 1 to 255 characters');

    const query = parseReportQuery(new URL(incoming.url).searchParams);
    if (!query.ok) throw new ApiError('invalid_request', query.message);

    return NextResponse.json(await domainDetailReport(domain, query.value));
  });
}
