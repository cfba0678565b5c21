// The log's keyset position: the last row shown, as an opaque token for the URL.
// It carries the exact microsecond timestamp text so equal-time rows never skip, and is
// plain ASCII, so btoa/atob serve on the server and in the browser alike.

export interface AttemptCursor {
  /** attempted_at as PostgreSQL prints it, to the microsecond. */
  attemptedAt: string;
  id: number;
}

const CURSOR_SHAPE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z)\|(\d{1,15})$/;

export function encodeCursor(cursor: AttemptCursor): string {
  const base64 = btoa(`${cursor.attemptedAt}|${cursor.id}`);
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The cursor in a token, or null when the token was not made by encodeCursor. */
export function decodeCursor(token: string): AttemptCursor | null {
  if (!/^[A-Za-z0-9_-]{1,96}$/.test(token)) return null;
  let text: string;
  try {
    text = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const match = CURSOR_SHAPE.exec(text);
  if (!match?.[1] || !match[2]) return null;
  if (Number.isNaN(Date.parse(match[1]))) return null;
  return { attemptedAt: match[1], id: Number(match[2]) };
}
