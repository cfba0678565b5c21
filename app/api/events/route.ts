// POST /api/events: GreenArrow's event webhook (JSON object, JSON array or legacy form post).
import { NextResponse } from 'next/server';
import { handleRequest } from '@/lib/http/request-context';
import { receiveWebhook } from '@/lib/ingest/receive-webhook';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleRequest(request, async (incoming, context) => {
    const { format, outcome } = await receiveWebhook(incoming, context);

    if (format === 'form') return new NextResponse('ok', { headers: { 'content-type': 'text/plain' } });
    return NextResponse.json(outcome);
  });
}
