import { z } from 'zod';
import type { NewShareLink } from '@/lib/auth/share-links';
import { isShareablePage, normalisePagePath, viewQuery } from '@/lib/auth/share-scope';
import { ApiError } from '@/lib/http/api-error';

// What the Share dialog sends: the page and query string it shows, a label, an expiry.

export const MAX_SHARE_DAYS = 365;

export const newShareLinkSchema = z.object({
  path: z.string().min(1).max(600),
  search: z.string().max(2000).default(''),
  label: z.string().trim().min(1, 'a label says who the link is for').max(120),
  expiresInDays: z.number().int().min(1).max(MAX_SHARE_DAYS).nullable().default(null),
  maskRecipients: z.boolean().default(true),
});

export type NewShareLinkInput = z.infer<typeof newShareLinkSchema>;

const DAY_MS = 86_400_000;

export function toNewShareLink(
  input: NewShareLinkInput,
  createdBy: number | null,
  now = new Date(),
): NewShareLink {
  const path = normalisePagePath(input.path);
  if (path === null || !isShareablePage(path)) {
    throw new ApiError('invalid_request', 'path: this page cannot be shared');
  }
  const query = viewQuery(input.search.replace(/^\?/, ''));
  if (!query.ok) throw new ApiError('invalid_request', query.message);
  const expiresAt =
    input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS);
  return {
    path,
    query: query.query,
    label: input.label,
    maskRecipients: input.maskRecipients,
    expiresAt,
    createdBy,
  };
}
