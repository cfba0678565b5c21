import type { Category } from './categories';
import { enhancedCodeInfo } from './enhanced-status-codes';
import type { RemoteReply } from './remote-reply';

const SMTP_CODE_CATEGORIES: ReadonlyMap<number, Category> = new Map([
  [421, 'connection'],
  [500, 'protocol'],
  [501, 'protocol'],
  [502, 'protocol'],
  [503, 'protocol'],
  [504, 'protocol'],
  [521, 'connection'],
  [530, 'smtp-auth'],
  [535, 'smtp-auth'],
  [552, 'message-too-large'],
  [553, 'invalid-recipient'],
  [554, 'policy'],
  [556, 'invalid-recipient'],
]);

/** 4.7.0 and 4.7.1 are used both for soft blocks and for "slow down"; the words decide. */
function transientSecurityCategory(text: string): Category {
  const lower = text.toLowerCase();
  if (lower.includes('later') || lower.includes('temporar')) return 'rate-limited';
  return 'policy';
}

export function categoryFromCodes(reply: RemoteReply): Category | null {
  const code = reply.enhancedCode;
  if (code === '4.7.0' || code === '4.7.1') return transientSecurityCategory(reply.text);
  const fromEnhanced = code === null ? null : (enhancedCodeInfo(code)?.category ?? null);
  if (fromEnhanced !== null) return fromEnhanced;
  return reply.smtpCode === null ? null : (SMTP_CODE_CATEGORIES.get(reply.smtpCode) ?? null);
}

/** Category when neither the catalogue entry nor a rule fixes it. */
export function fallbackCategory(reply: RemoteReply, status: string): Category {
  const fromCodes = categoryFromCodes(reply);
  if (fromCodes !== null) return fromCodes;
  if (status === 'failure_toolong') return 'expired';
  if (status === 'success') return 'accepted';
  return 'other';
}
