import { NextResponse, type NextRequest } from 'next/server';
import { IS_DEVELOPMENT } from '@/lib/config/env';
import { contentSecurityPolicy, newNonce, PAGE_PATH_HEADER } from '@/lib/http/security-headers';

// Every page request gets a fresh nonce in its Content-Security-Policy (Next reads it from
// the request and puts it on its own scripts) and carries its path, so that a sign-in
// redirect can come back to the same view.
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce(), IS_DEVELOPMENT);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  headers.set(PAGE_PATH_HEADER, pagePath(request));

  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

/** The path and query the visitor asked for, without the router's own cache-busting parameter. */
function pagePath(request: NextRequest): string {
  const search = new URLSearchParams(request.nextUrl.searchParams);
  search.delete('_rsc');
  const query = search.toString();
  return query ? `${request.nextUrl.pathname}?${query}` : request.nextUrl.pathname;
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
