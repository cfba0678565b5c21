// POST /api/events: GreenArrow's event webhook (JSON object, JSON array or legacy form post).
// Public: the webhook secret, not a session, is what GreenArrow presents.
import { NextResponse } from 'next/server';
import { runAfterResponse } from '@/lib/http/after-response';
import { handleRequest } from '@/lib/http/request-context';
import { receiveWebhook } from '@/lib/ingest/receive-webhook';
import { pruneIfDue } from '@/lib/retention/scheduled-prune';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleRequest(request, async (incoming, context) => {
    const { format, outcome } = await receiveWebhook(incoming, context);

    runAfterResponse('retention-prune', () => pruneIfDue());
    if (format === 'form') return new NextResponse('ok', { headers: { 'content-type': 'text/plain' } });
    return NextResponse.json(outcome);
  }, { access: 'public' });
}
