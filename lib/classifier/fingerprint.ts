import { maskToken } from './fingerprint-token';
import { parseRemoteReply } from './remote-reply';

/** Longest fingerprint kept; enough to tell reasons apart in a table. */
export const MAX_FINGERPRINT_CHARS = 160;
const MAX_TOKEN_CHARS = 200;

/**
 * The reply with addresses, ids, numbers and dates masked and whitespace normalised,
 * so the same reason from thousands of events groups under one key.
 */
export function fingerprintReply(text: string): string {
  const reply = parseRemoteReply(typeof text === 'string' ? text : '');
  const parts: string[] = [];
  if (reply.smtpCode !== null) parts.push(String(reply.smtpCode));
  if (reply.enhancedCode !== null) parts.push(reply.enhancedCode);
  let length = parts.join(' ').length;
  const words = reply.text.split(' ').filter((word) => word !== '');
  for (const [index, raw] of words.entries()) {
    const token = isGmailTransactionId(words, index)
      ? '<id>'
      : maskToken(raw.length > MAX_TOKEN_CHARS ? raw.slice(0, MAX_TOKEN_CHARS) : raw);
    const room = MAX_FINGERPRINT_CHARS - length - (parts.length > 0 ? 1 : 0);
    if (room <= 0) break;
    if (token.length > room) {
      if (parts.length === 0) parts.push(token.slice(0, room));
      break;
    }
    parts.push(token);
    length += token.length + (parts.length > 1 ? 1 : 0);
  }
  return parts.join(' ');
}

/**
 * Gmail ends its replies with "<transaction id> - gsmtp"; the id may be letters only
 * ("ghfnrdmakoke"), which no token rule can tell from a word, so its place gives it away.
 */
function isGmailTransactionId(words: readonly string[], index: number): boolean {
  return words[index + 1] === '-' && words[index + 2]?.toLowerCase().startsWith('gsmtp') === true;
}
