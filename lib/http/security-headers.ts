// The Content-Security-Policy of pages: scripts only from this site or carrying the
// request's nonce (Next puts it on its own), nothing may frame the dashboard. Styles
// allow inline attributes, which the charts use; no inline script is ever allowed.

/** Set by proxy.ts on every page request, so a sign-in redirect can come back to the view. */
export const PAGE_PATH_HEADER = 'x-dashboard-path';

export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString('base64');
}

export function contentSecurityPolicy(nonce: string, development: boolean): string {
  // React's development build evaluates code for its error overlay; production never does.
  const evaluation = development ? " 'unsafe-eval'" : '';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${evaluation}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
