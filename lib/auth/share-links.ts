import 'server-only';
import type { Database } from '@/lib/db/client';
import { hashToken, looksLikeToken, newToken } from '@/lib/auth/tokens';

// Share links: a token (shown once, kept as its hash) that opens one report view.

// Recording every view would write on every API call of the shared page.
const LAST_VIEWED_RESOLUTION_MS = 60_000;

export interface NewShareLink {
  path: string;
  query: string;
  label: string;
  maskRecipients: boolean;
  expiresAt: Date | null;
  createdBy: number | null;
}

export interface ShareLinkSummary {
  id: number;
  label: string;
  path: string;
  query: string;
  maskRecipients: boolean;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastViewedAt: Date | null;
}

/** What a valid token opens. */
export interface SharedView {
  id: number;
  label: string;
  path: string;
  query: string;
  maskRecipients: boolean;
  expiresAt: Date | null;
}

const WITH_CREATOR = { creator: { select: { email: true } } } as const;

export async function createShareLink(database: Database, link: NewShareLink) {
  const token = newToken();
  const row = await database.shareLink.create({
    data: { ...link, tokenHash: hashToken(token) },
    include: WITH_CREATOR,
  });
  return { token, summary: toSummary(row) };
}

export async function listShareLinks(database: Database): Promise<ShareLinkSummary[]> {
  const rows = await database.shareLink.findMany({
    include: WITH_CREATOR,
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
  });
  return rows.map(toSummary);
}

/** True when a link was revoked by this call; revoking twice changes nothing. */
export async function revokeShareLink(database: Database, id: number): Promise<boolean> {
  const { count } = await database.shareLink.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}

/** The view a token opens while it is neither revoked nor expired; records the visit. */
export async function openSharedView(
  database: Database,
  token: string,
  now = new Date(),
): Promise<SharedView | null> {
  if (!looksLikeToken(token)) return null;
  const row = await database.shareLink.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt !== null) return null;
  if (row.expiresAt !== null && row.expiresAt <= now) return null;
  const lastViewed = row.lastViewedAt?.getTime() ?? 0;
  if (now.getTime() - lastViewed > LAST_VIEWED_RESOLUTION_MS) {
    await database.shareLink.update({ where: { id: row.id }, data: { lastViewedAt: now } });
  }
  const { id, label, path, query, maskRecipients, expiresAt } = row;
  return { id, label, path, query, maskRecipients, expiresAt };
}

type ShareLinkRow = Omit<ShareLinkSummary, 'createdBy'> & { creator: { email: string } | null };

function toSummary(row: ShareLinkRow): ShareLinkSummary {
  const { id, label, path, query, maskRecipients, createdAt, expiresAt, revokedAt, lastViewedAt } =
    row;
  const createdBy = row.creator?.email ?? null;
  return {
    id,
    label,
    path,
    query,
    maskRecipients,
    createdBy,
    createdAt,
    expiresAt,
    revokedAt,
    lastViewedAt,
  };
}
