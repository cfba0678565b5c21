import 'server-only';
import { isCrossSiteRequest } from '@/lib/auth/same-origin';
import { SESSION_COOKIE, readCookie } from '@/lib/auth/session-cookie';
import { hasShareGrant } from '@/lib/auth/share-grant';
import { resolveSession, type SignedInUser } from '@/lib/auth/sessions';
import { getDatabase } from '@/lib/db/client';
import { ApiError } from '@/lib/http/api-error';

// Who may call a route: anyone (the webhook, health, sign-in, share views), any signed-in
// member, or admins only. Cross-site mutations are refused whatever the access.

export type Access = 'public' | 'session' | 'admin';

export async function authorize(request: Request, access: Access): Promise<SignedInUser | null> {
  if (isCrossSiteRequest(request)) {
    throw new ApiError('cross_site_request', 'Changes are only accepted from this dashboard');
  }
  if (access === 'public') return null;
  // A share link's own request stands in for a session on report routes, never on admin ones.
  if (access === 'session' && hasShareGrant(request)) return null;
  const session = await resolveSession(await getDatabase(), readCookie(request, SESSION_COOKIE));
  if (!session) throw new ApiError('unauthorized', 'Sign in to see this');
  if (access === 'admin' && session.user.role !== 'admin') {
    throw new ApiError('forbidden', 'Only admins may do this');
  }
  return session.user;
}
