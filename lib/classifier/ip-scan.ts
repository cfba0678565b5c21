const MAX_IP_CHARS = 45;

function isIpChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 97 && code <= 102) ||
    (code >= 65 && code <= 70) ||
    code === 46 ||
    code === 58
  );
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  return parts.every((p) => p.length >= 1 && p.length <= 3 && /^[0-9]+$/.test(p));
}

const HEX_GROUP = /^[0-9a-fA-F]{0,4}$/;

function isIpv6(text: string): boolean {
  const groups = text.split(':');
  const compressed = text.indexOf('::') >= 0;
  const edge = text.startsWith('::') || text.endsWith('::') ? 1 : 0;
  if (groups.length < 3 || groups.length > 8 + edge) return false;
  if (!compressed && groups.length !== 8) return false;
  const last = groups.length - 1;
  return groups.every((g, i) => HEX_GROUP.test(g) || (i === last && isIpv4(g)));
}

export { isIpv4 };

export function isIpAddress(text: string): boolean {
  return isIpv4(text) || isIpv6(text);
}

/** End index of an IP address starting at `from`, or -1. Trailing dots are left out. */
export function scanIpForward(text: string, from: number): number {
  let end = from;
  const limit = Math.min(text.length, from + MAX_IP_CHARS);
  while (end < limit && isIpChar(text.charCodeAt(end))) end++;
  while (end > from && text.charCodeAt(end - 1) === 46) end--;
  if (end < text.length && isWordCode(text.charCodeAt(end))) return -1;
  return isIpAddress(text.slice(from, end)) ? end : -1;
}

/** Start index of an IP address ending just before `end`, or -1. */
export function scanIpBackward(text: string, end: number): number {
  let start = end;
  const limit = Math.max(0, end - MAX_IP_CHARS);
  while (start > limit && isIpChar(text.charCodeAt(start - 1))) start--;
  if (start > 0 && isWordCode(text.charCodeAt(start - 1))) return -1;
  return isIpAddress(text.slice(start, end)) ? start : -1;
}
