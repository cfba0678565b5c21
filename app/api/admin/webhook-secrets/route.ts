// GET /api/admin/webhook-secrets: secrets by prefix and label. POST: makes one, shown only now.
import { NextResponse } from 'next/server';
import {
  createWebhookSecret,
  listWebhookSecrets,
  newWebhookSecretSchema,
} from '@/lib/auth/managed-webhook-secrets';
import { getDatabase } from '@/lib/db/client';
import { handleRequest } from '@/lib/http/request-context';
import { readJson } from '@/lib/http/read-json';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return handleRequest(
    request,
    async () => NextResponse.json({ secrets: await listWebhookSecrets(await getDatabase()) }),
    { access: 'admin' },
  );
}

export function POST(request: Request): Promise<Response> {
  return handleRequest(
    request,
    async (incoming, { log, user }) => {
      const { label } = await readJson(incoming, newWebhookSecretSchema);

      const created = await createWebhookSecret(await getDatabase(), {
        label,
        createdBy: user?.id ?? null,
      });
      log.info({ by: user?.id, secretId: created.summary.id }, 'webhook secret created');

      return NextResponse.json(created, { status: 201, headers: { 'cache-control': 'no-store' } });
    },
    { access: 'admin' },
  );
}
