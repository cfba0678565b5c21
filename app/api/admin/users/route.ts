// GET /api/admin/users: the people of the team. POST: adds one with a role and a password.
import { NextResponse } from 'next/server';
import { addUser, listUsers, newMemberSchema } from '@/lib/auth/users';
import { getDatabase } from '@/lib/db/client';
import { handleRequest } from '@/lib/http/request-context';
import { readJson } from '@/lib/http/read-json';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handleRequest(
    request,
    async () => NextResponse.json({ users: await listUsers(await getDatabase()) }),
    { access: 'admin' },
  );
}

export function POST(request: Request): Promise<Response> {
  return handleRequest(
    request,
    async (incoming, { log, user }) => {
      const input = await readJson(incoming, newMemberSchema);

      const member = await addUser(await getDatabase(), input);
      log.info({ by: user?.id, userId: member.id, role: member.role }, 'member added');

      return NextResponse.json({ user: member }, { status: 201 });
    },
    { access: 'admin' },
  );
}
