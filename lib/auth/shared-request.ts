import 'server-only';
import { NextResponse } from 'next/server';
import { maskRecipients } from '@/lib/auth/mask-recipients';
import { grantShareAccess } from '@/lib/auth/share-grant';
import type { SharedView } from '@/lib/auth/share-links';
import { grantFor, scopedSearch } from '@/lib/auth/share-scope';
import { ApiError } from '@/lib/http/api-error';

// The API behind a shared page: the request the page would make, rebuilt from the
// stored view, answered by the same route handler and masked on the way out.

export interface SharedEndpointRequest {
  /** The internal request for /api/<endpoint>, carrying the share grant. */
  request: Request;
  /** The endpoint's path segments, taken from the stored view, not the client. */
  segments: string[];
}

export function sharedEndpointRequest(
  view: SharedView,
  incoming: Request,
  segments: readonly string[],
): SharedEndpointRequest {
  const endpointGrant = grantFor(view.path, segments);
  if (!endpointGrant) throw new ApiError('forbidden', 'This link does not show that');
  const incomingUrl = new URL(incoming.url);
  const search = scopedSearch(endpointGrant, view.query, incomingUrl.searchParams);
  const path = endpointGrant.endpoint.split('/').map(encodeURIComponent).join('/');
  const url = new URL(`/api/${path}?${search.toString()}`, incomingUrl.origin);
  const request = new Request(url, { headers: { accept: 'application/json' } });
  return { request: grantShareAccess(request), segments: endpointGrant.endpoint.split('/') };
}

/** The endpoint's answer, with addresses masked unless the link's creator chose otherwise. */
export async function sharedResponse(view: SharedView, response: Response): Promise<Response> {
  if (!response.ok || !view.maskRecipients) return response;
  const body: unknown = await response.json();
  return NextResponse.json(maskRecipients(body), { status: response.status });
}
