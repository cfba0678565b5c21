// The client's address for rate limiting. Next puts the socket address in X-Forwarded-For
// when no proxy did; each proxy in front appends the address it saw, so with `hops`
// proxies the client is the hops-th entry from the right.
// Known gap: served with no proxy in front while PROXY_HOPS is 1, a client that sends its
// own X-Forwarded-For chooses its address; the per-account limit still holds.

export function clientAddress(request: Request, hops: number): string {
  const entries = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return 'unknown';
  const index = Math.max(0, entries.length - hops);
  return entries[index] ?? 'unknown';
}
