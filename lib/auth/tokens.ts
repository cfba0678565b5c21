import { createHash, randomBytes } from 'node:crypto';

// Session tokens, share tokens and webhook secrets: 256 random bits, kept only as a hash.

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 is enough for high-entropy tokens: there is nothing to brute-force. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Shape of a token this app hands out, checked before any database lookup. */
export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
