// GET /api/share/:token/:endpoint: a shared view's data, only the requests of that view.
// Public: the token is the credential, and it opens nothing but its own view.
import { GET as breakdowns } from '@/app/api/breakdowns/route';
import { GET as domainDetail } from '@/app/api/domains/[domain]/route';
import { GET as domains } from '@/app/api/domains/route';
import { GET as overview } from '@/app/api/overview/route';
import { GET as reasonDetail } from '@/app/api/reasons/[id]/route';
import { GET as reasons } from '@/app/api/reasons/route';
import { openSharedView } from '@/lib/auth/share-links';
import { sharedEndpointRequest, sharedResponse } from '@/lib/auth/shared-request';
import { getDatabase } from '@/lib/db/client';
import { ApiError } from '@/lib/http/api-error';
import { handleRequest } from '@/lib/http/request-context';

export const dynamic = 'force-dynamic';

type Endpoint = (request: Request, value: string) => Promise<Response>;

// The report endpoints a shared page may call, by first segment and whether it has an id.
const ENDPOINTS: Record<string, Endpoint> = {
  overview: (request) => overview(request),
  breakdowns: (request) => breakdowns(request),
  reasons: (request) => reasons(request),
  'reasons/:id': (request, id) => reasonDetail(request, { params: Promise.resolve({ id }) }),
  domains: (request) => domains(request),
  'domains/:id': (request, domain) =>
    domainDetail(request, { params: Promise.resolve({ domain: encodeURIComponent(domain) }) }),
};

interface RouteContext {
  params: Promise<{ token: string; endpoint: string[] }>;
}

export function GET(request: Request, { params }: RouteContext): Promise<Response> {
  return handleRequest(
    request,
    async (incoming) => {
      const { token, endpoint } = await params;
      const view = await openSharedView(await getDatabase(), token);
      if (!view)
        throw new ApiError('not_found', 'This link is not valid: revoked, expired or unknown');

      const shared = sharedEndpointRequest(view, incoming, endpoint);
      const [name = '', value = ''] = shared.segments;
      const answer = ENDPOINTS[shared.segments.length > 1 ? `${name}/:id` : name];
      if (!answer) throw new ApiError('forbidden', 'This link does not show that');

      return sharedResponse(view, await answer(shared.request, value));
    },
    { access: 'public' },
  );
}
