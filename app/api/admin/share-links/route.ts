// GET /api/admin/share-links: every link with creator, expiry and last view. POST: makes one.
import { NextResponse } from 'next/server';
import { newShareLinkSchema, toNewShareLink } from '@/lib/auth/share-link-input';
import { createShareLink, listShareLinks } from '@/lib/auth/share-links';
import { getDatabase } from '@/lib/db/client';
import { handleRequest } from '@/lib/http/request-context';
import { readJson } from '@/lib/http/read-json';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handleRequest(
    request,
    async () => NextResponse.json({ links: await listShareLinks(await getDatabase()) }),
    { access: 'admin' },
  );
}

export function POST(request: Request): Promise<Response> {
  return handleRequest(
    request,
    async (incoming, { log, user }) => {
      const input = await readJson(incoming, newShareLinkSchema);
      const link = toNewShareLink(input, user?.id ?? null);

      const { token, summary } = await createShareLink(await getDatabase(), link);
      log.info({ by: user?.id, shareLinkId: summary.id, path: summary.path }, 'share link created');

      const headers = { 'cache-control': 'no-store' };
      return NextResponse.json(
        { path: `/share/${token}`, link: summary },
        { status: 201, headers },
      );
    },
    { access: 'admin' },
  );
}
