// The session cookie: HTTP-only so scripts never see it, SameSite=Lax so other sites'
// forms and fetches do not carry it, Secure whenever the request came over HTTPS.

export const SESSION_COOKIE = 'dd_session';

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return null;
}

export function isHttps(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return (forwarded ?? new URL(request.url).protocol.replace(':', '')) === 'https';
}

export function sessionCookie(request: Request, token: string, expiresAt: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return cookieHeader(request, token, maxAge);
}

export function clearedSessionCookie(request: Request): string {
  return cookieHeader(request, '', 0);
}

function cookieHeader(request: Request, value: string, maxAge: number): string {
  const attributes = [`${SESSION_COOKIE}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  attributes.push(`Max-Age=${maxAge}`);
  if (isHttps(request)) attributes.push('Secure');
  return attributes.join('; ');
}
