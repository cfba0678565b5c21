// DELETE /api/admin/share-links/:id: revokes a link; its page and API answer nothing from now on.
import { NextResponse } from 'next/server';
import { revokeShareLink } from '@/lib/auth/share-links';
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

      const revoked = await revokeShareLink(await getDatabase(), id);
      log.info({ by: user?.id, shareLinkId: id, revoked }, 'share link revoked');

      return NextResponse.json({ revoked });
    },
    { access: 'admin' },
  );
}
