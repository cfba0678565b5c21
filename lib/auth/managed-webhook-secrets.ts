import 'server-only';
import { z } from 'zod';
import type { Database } from '@/lib/db/client';
import { hashToken, newToken } from '@/lib/auth/tokens';

// Webhook secrets made by admins: the secret is shown once, then only its prefix.

const PREFIX_LENGTH = 8;
// Recording every use would write a row per batch; once a minute is enough to show.
const LAST_USED_RESOLUTION_MS = 60_000;

export const newWebhookSecretSchema = z.object({
  label: z.string().trim().min(1, 'a label says which sender uses it').max(80),
});

export interface WebhookSecretSummary {
  id: number;
  label: string;
  prefix: string;
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export async function createWebhookSecret(
  database: Database,
  input: { label: string; createdBy: number | null },
): Promise<{ secret: string; summary: WebhookSecretSummary }> {
  const secret = newToken();
  const row = await database.webhookSecret.create({
    data: {
      label: input.label,
      prefix: secret.slice(0, PREFIX_LENGTH),
      secretHash: hashToken(secret),
      createdBy: input.createdBy,
    },
    include: { creator: { select: { email: true } } },
  });
  return { secret, summary: toSummary(row) };
}

export async function listWebhookSecrets(database: Database): Promise<WebhookSecretSummary[]> {
  const rows = await database.webhookSecret.findMany({
    include: { creator: { select: { email: true } } },
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
  });
  return rows.map(toSummary);
}

/** True when a secret was revoked by this call; revoking twice changes nothing. */
export async function revokeWebhookSecret(database: Database, id: number): Promise<boolean> {
  const { count } = await database.webhookSecret.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}

/**
 * Looks the presented secret up by its hash: the index lookup's timing depends on the
 * hash, which tells an attacker nothing about any stored secret.
 */
export async function isActiveManagedSecret(
  database: Database,
  presented: string,
  now = new Date(),
) {
  const row = await database.webhookSecret.findFirst({
    where: { secretHash: hashToken(presented), revokedAt: null },
    select: { id: true, lastUsedAt: true },
  });
  if (!row) return false;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await database.webhookSecret.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return true;
}

type SecretRow = Omit<WebhookSecretSummary, 'createdBy'> & { creator: { email: string } | null };

function toSummary(row: SecretRow): WebhookSecretSummary {
  const { id, label, prefix, createdAt, lastUsedAt, revokedAt } = row;
  return {
    id,
    label,
    prefix,
    createdBy: row.creator?.email ?? null,
    createdAt,
    lastUsedAt,
    revokedAt,
  };
}
