// DELETE /api/admin/webhook-secrets/:id: revokes a secret; the webhook refuses it from now on.
import { NextResponse } from 'next/server';
import { revokeWebhookSecret } from '@/lib/auth/managed-webhook-secrets';
import { getDatabase } from '@/lib/db/client';
import { handleRequest } from '@/lib/http/request-context';
import { idFromSegment } from '@/lib/http/read-json';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ id: string }>;
}

export function DELETE(request: Request, { params }: RouteContext): Promise<Response> {
  return handleRequest(
    request,
    async (_incoming, { log, user }) => {
      const id = idFromSegment((await params).id);

      const revoked = await revokeWebhookSecret(await getDatabase(), id);
      log.info({ by: user?.id, secretId: id, revoked }, 'webhook secret revoked');

      return NextResponse.json({ revoked });
    },
    { access: 'admin' },
  );
}
