/** Longest input the matcher looks at; real GreenArrow messages are far shorter. */
export const MAX_SCAN_CHARS = 8192;

/**
 * Text with apostrophe variants made straight and whitespace runs collapsed to one space,
 * plus a way back to positions in the original so placeholders keep their exact text.
 */
export interface CanonText {
  text: string;
  original: string;
  /** origin[i] is the original index of canonical index i; null when both are identical. */
  origin: Int32Array | null;
}

const APOSTROPHES = new Set([0x2018, 0x2019, 0x02bc, 0x2032, 0x00b4, 0x0060]);

export function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

function needsCanon(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (APOSTROPHES.has(code)) return true;
    if (code === 32) {
      if (i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) return true;
    } else if (isSpaceCode(code)) return true;
  }
  return false;
}

export function canonicalise(input: string): CanonText {
  const original = input.length > MAX_SCAN_CHARS ? input.slice(0, MAX_SCAN_CHARS) : input;
  if (!needsCanon(original)) return { text: original, original, origin: null };
  const origin = new Int32Array(original.length + 1);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (length > 0 && parts[length - 1] === ' ') continue;
      origin[length] = i;
      parts.push(' ');
    } else {
      origin[length] = i;
      parts.push(APOSTROPHES.has(code) ? "'" : original.charAt(i));
    }
    length++;
  }
  origin[length] = original.length;
  return { text: parts.join(''), original, origin };
}

/** The original text behind canonical range [start, end). */
export function originalSlice(canon: CanonText, start: number, end: number): string {
  if (canon.origin === null) return canon.original.slice(start, end);
  const from = canon.origin[start] ?? canon.original.length;
  const to = canon.origin[end] ?? canon.original.length;
  return canon.original.slice(from, to);
}

/** Canonical form of a template literal: straight apostrophes, single spaces. */
export function canonLiteral(literal: string): string {
  return canonicalise(literal).text;
}
