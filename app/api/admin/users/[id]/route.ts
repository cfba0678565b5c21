// PATCH /api/admin/users/:id: changes a member's role, or disables (signing them out) or enables.
import { NextResponse } from 'next/server';
import { memberChangeSchema, updateMember } from '@/lib/auth/users';
import { getDatabase } from '@/lib/db/client';
import { handleRequest } from '@/lib/http/request-context';
import { idFromSegment, readJson } from '@/lib/http/read-json';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ id: string }>;
}

export function PATCH(request: Request, { params }: RouteContext): Promise<Response> {
  return handleRequest(
    request,
    async (incoming, { log, user }) => {
      const id = idFromSegment((await params).id);
      const change = await readJson(incoming, memberChangeSchema);

      const member = await updateMember(await getDatabase(), id, change);
      log.info({ by: user?.id, userId: id, ...change }, 'member changed');

      return NextResponse.json({ user: member });
    },
    { access: 'admin' },
  );
}
