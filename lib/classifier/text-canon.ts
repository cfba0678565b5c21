/** Longest input the matcher looks at; real GreenArrow messages are far shorter. */
export const MAX_SCAN_CHARS = 8192;

/**
 * Text with apostrophe variants made straight and whitespace runs collapsed to one space,
 * plus a way back to positions in the original so placeholders keep their exact text.
 */
export interface CanonText {
  text: string;
  original: string;
  /** Starts of stretches that map one to one; a new one begins after each collapsed run. */
  canonStarts: readonly number[];
  originalStarts: readonly number[];
}

const APOSTROPHES = new Set([0x2018, 0x2019, 0x02bc, 0x2032, 0x00b4, 0x0060]);

export function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

function runEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
  return end;
}

export function canonicalise(input: string): CanonText {
  const original = input.length > MAX_SCAN_CHARS ? input.slice(0, MAX_SCAN_CHARS) : input;
  const parts: string[] = [];
  const canonStarts = [0];
  const originalStarts = [0];
  let copiedTo = 0;
  let length = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const apostrophe = APOSTROPHES.has(code);
    if (!apostrophe && !isSpaceCode(code)) continue;
    const end = apostrophe ? i + 1 : runEnd(original, i);
    if (code === 32 && end === i + 1) continue;
    parts.push(original.slice(copiedTo, i), apostrophe ? "'" : ' ');
    length += i - copiedTo + 1;
    copiedTo = end;
    if (end - i > 1) {
      canonStarts.push(length);
      originalStarts.push(end);
    }
    i = end - 1;
  }
  if (parts.length === 0) return { text: original, original, canonStarts, originalStarts };
  parts.push(original.slice(copiedTo));
  return { text: parts.join(''), original, canonStarts, originalStarts };
}

function originalIndex(canon: CanonText, index: number): number {
  const starts = canon.canonStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= index) low = mid;
    else high = mid - 1;
  }
  return (canon.originalStarts[low] ?? 0) + index - (starts[low] ?? 0);
}

/** The original text behind canonical range [start, end). */
export function originalSlice(canon: CanonText, start: number, end: number): string {
  if (canon.canonStarts.length === 1) return canon.original.slice(start, end);
  return canon.original.slice(originalIndex(canon, start), originalIndex(canon, end));
}

/** Original position of a canonical index. */
export function toOriginalIndex(canon: CanonText, index: number): number {
  return canon.canonStarts.length === 1 ? index : originalIndex(canon, index);
}

/** Canonical form of a template literal: straight apostrophes, single spaces. */
export function canonLiteral(literal: string): string {
  return canonicalise(literal).text;
}
