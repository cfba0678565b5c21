// GET /api/attempts/:id: one attempt, its explanation, raw event and its message's attempts.
import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/http/api-error';
import { handleRequest } from '@/lib/http/request-context';
import { attemptDetailReport } from '@/lib/reports/attempt-detail';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ id: string }>;
}

export function GET(request: Request, { params }: RouteContext): Promise<Response> {
  return handleRequest(request, async () => {
    const { id } = await params;
    if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2_147_483_647) {
      throw new ApiError('invalid_request', 'id: a positive attempt number');
    }

    const report = await attemptDetailReport(Number(id));
    if (report === null) throw new ApiError('not_found', `No attempt ${id} is stored`);

    return NextResponse.json(report);
  });
}
