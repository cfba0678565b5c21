// Refuses state-changing requests from other sites. Browsers send Sec-Fetch-Site and
// Origin on every cross-site POST, and no page can forge either; clients that are not
// browsers (curl, the CLI) send neither and carry no session cookie either.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/** The host the browser addressed: the proxy's forwarded host when there is one. */
function requestHost(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return (forwarded || request.headers.get('host') || new URL(request.url).host).toLowerCase();
}

export function isCrossSiteRequest(request: Request): boolean {
  if (isSafeMethod(request.method)) return false;
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  try {
    return new URL(origin).host.toLowerCase() !== requestHost(request);
  } catch {
    return true;
  }
}
