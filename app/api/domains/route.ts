// GET /api/domains: one sorted page of recipient domains with their status counts.
import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/http/api-error';
import { handleRequest } from '@/lib/http/request-context';
import { domainListReport } from '@/lib/reports/domain-list';
import { parseDomainListQuery } from '@/lib/reports/domain-list-query';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handleRequest(request, async (incoming) => {
    const query = parseDomainListQuery(new URL(incoming.url).searchParams);
    if (!query.ok) throw new ApiError('invalid_request', query.message);

    return NextResponse.json(await domainListReport(query.value));
  });
}
