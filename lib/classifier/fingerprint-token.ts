import { isIpAddress, isIpv4 } from './ip-scan';

const LEADING = '([{<"\'';
const TRAILING = ')]}>"\',.;:!?';
const ENHANCED = /^[245]\.[0-9]{1,3}\.[0-9]{1,3}$/;
const NUMERIC = /^[+-]?[0-9][0-9.:,/+-]*$/;
const HOSTNAME = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+$/i;
const HEX = /^[0-9a-f]{8,}$/i;
const MIXED_ID = /^[A-Za-z0-9+/=_.-]{8,}$/;
const DATE_WORDS = new Set(
  'mon tue wed thu fri sat sun jan feb mar apr may jun jul aug sep oct nov dec'.split(' '),
);

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function maskUrl(core: string): string {
  const query = core.indexOf('?');
  return query < 0 ? core : core.slice(0, query);
}

/** Mask for a token stripped of surrounding punctuation, or null to keep it as is. */
function maskCore(core: string): string | null {
  if (core.length === 0 || core.startsWith('<')) return null;
  if (ENHANCED.test(core)) return null;
  const lower = core.toLowerCase();
  if (lower.startsWith('http://') || lower.startsWith('https://')) return maskUrl(core);
  if (core.indexOf('@') > 0 && core.indexOf('@') < core.length - 1) return '<email>';
  if (DATE_WORDS.has(lower)) return '<date>';
  // Queue ids are hex and may happen to be all digits or all letters; all must mask alike.
  if (HEX.test(core)) return '<n>';
  if (!hasDigit(core)) return null;
  if (isIpv4(core)) return '<ip>';
  if (NUMERIC.test(core)) return '<n>';
  if (isIpAddress(core)) return '<ip>';
  if (HOSTNAME.test(core)) return '<host>';
  if (MIXED_ID.test(core)) return '<id>';
  return null;
}

/** One whitespace-free token with its variable part replaced by a placeholder. */
/** "#" opens GreenArrow's "(#4.4.1)" codes but is also valid inside an address. */
function isLeading(token: string, at: number): boolean {
  const char = token.charAt(at);
  if (char === '#') return /[0-9]/.test(token.charAt(at + 1));
  return LEADING.includes(char);
}

function ipv6End(token: string, start: number): number {
  let end = token.length;
  // IPv6 may end in ":" ("2001:db8::"), so colons stay while testing for an address.
  while (end > start && TRAILING.includes(token.charAt(end - 1)) && token.charAt(end - 1) !== ':') {
    end--;
  }
  const core = token.slice(start, end);
  return core.indexOf(':') >= 0 && isIpAddress(core) ? end : -1;
}

/** Span of an email address inside the token; apostrophes may belong to the address. */
function emailSpan(token: string): [number, number] | null {
  if (token.indexOf('@') < 0) return null;
  let start = 0;
  let end = token.length;
  while (start < end && '([<"'.includes(token.charAt(start))) start++;
  while (end > start && ')]}>",.;:!?'.includes(token.charAt(end - 1))) end--;
  const at = token.indexOf('@', start);
  return at > start && at < end - 1 ? [start, end] : null;
}

export function maskToken(token: string): string {
  const email = emailSpan(token);
  let start = 0;
  while (start < token.length && isLeading(token, start)) start++;
  let end = email === null ? ipv6End(token, start) : email[1];
  let mask: string | null = email === null ? '<ip>' : '<email>';
  if (email !== null) start = email[0];
  if (end < 0) {
    end = token.length;
    while (end > start && TRAILING.includes(token.charAt(end - 1))) end--;
    mask = maskCore(token.slice(start, end));
  }
  if (mask === null) return token;
  let lead = token.slice(0, start);
  let trail = token.slice(end);
  const open = lead.lastIndexOf('<');
  const close = trail.indexOf('>');
  // "<user@example.com>" becomes "<email>", not "<<email>>".
  if (open >= 0 && close >= 0) {
    lead = lead.slice(0, open);
    trail = trail.slice(close + 1);
  }
  return lead + mask + trail;
}
