import { scanIpBackward, scanIpForward } from './ip-scan';
import type { CompiledTemplate, TemplateToken } from './template-compiler';
import { type CanonText, isSpaceCode, originalSlice, toOriginalIndex } from './text-canon';
import type { Placeholder } from './types';

export type Placeholders = Partial<Record<Placeholder, string>>;

export interface TemplateMatch {
  template: CompiledTemplate;
  start: number;
  placeholders: Placeholders;
}

/** Anchor occurrences tried per template; bounds work on repetitive input. */
const MAX_ANCHOR_TRIES = 4;
const MAX_HOSTNAME = 255;
const SLASH = 47;
const SPACE = 32;

interface Cursor {
  canon: CanonText;
  found: Placeholders;
}

function skipJoinForward(text: string, pos: number): number {
  let at = pos;
  if (text.charCodeAt(at) === SPACE) at++;
  if (text.charCodeAt(at) === SLASH) at++;
  if (text.charCodeAt(at) === SPACE) at++;
  return at > pos ? at : -1;
}

function skipJoinBackward(text: string, pos: number): number {
  let at = pos;
  if (text.charCodeAt(at - 1) === SPACE) at--;
  if (text.charCodeAt(at - 1) === SLASH) at--;
  if (text.charCodeAt(at - 1) === SPACE) at--;
  return at < pos ? at : -1;
}

function record(cursor: Cursor, name: Placeholder, start: number, end: number): void {
  if (cursor.found[name] === undefined) {
    cursor.found[name] = originalSlice(cursor.canon, start, end);
  }
}

function hostnameForward(cursor: Cursor, pos: number, next: TemplateToken | undefined): number {
  const text = cursor.canon.text;
  const from = text.charCodeAt(pos) === SPACE ? pos + 1 : pos;
  if (next?.kind !== 'literal') return -1;
  const end = text.indexOf(next.text, from);
  if (end <= from || end - from > MAX_HOSTNAME) return -1;
  if (text.slice(from, end).indexOf(' ') >= 0) return -1;
  record(cursor, 'HOSTNAME', from, end);
  return end;
}

function hostnameBackward(cursor: Cursor, pos: number): number {
  const text = cursor.canon.text;
  let start = pos;
  const limit = Math.max(0, pos - MAX_HOSTNAME);
  while (start > limit && text.charCodeAt(start - 1) !== SPACE) start--;
  if (start === pos) return -1;
  record(cursor, 'HOSTNAME', start, pos);
  return text.charCodeAt(start - 1) === SPACE ? start - 1 : start;
}

function stepForward(cursor: Cursor, tokens: readonly TemplateToken[], i: number, pos: number) {
  const token = tokens[i];
  const text = cursor.canon.text;
  if (token === undefined) return -1;
  if (token.kind === 'literal')
    return text.startsWith(token.text, pos) ? pos + token.text.length : -1;
  if (token.kind === 'join') return skipJoinForward(text, pos);
  if (token.name === 'HOSTNAME') return hostnameForward(cursor, pos, tokens[i + 1]);
  if (token.name !== 'IP') return -1;
  const from = text.charCodeAt(pos) === SPACE ? pos + 1 : pos;
  const end = scanIpForward(text, from);
  if (end >= 0) record(cursor, 'IP', from, end);
  return end;
}

function stepBackward(cursor: Cursor, token: TemplateToken | undefined, pos: number): number {
  const text = cursor.canon.text;
  if (token === undefined) return -1;
  if (token.kind === 'literal') {
    const start = pos - token.text.length;
    if (start >= 0 && text.startsWith(token.text, start)) return start;
    // Literals before a placeholder lost their trailing space when compiled.
    const spaced = start - 1;
    const ok = spaced >= 0 && text.charCodeAt(pos - 1) === SPACE;
    return ok && text.startsWith(token.text, spaced) ? spaced : -1;
  }
  if (token.kind === 'join') return skipJoinBackward(text, pos);
  if (token.name === 'HOSTNAME') return hostnameBackward(cursor, pos);
  if (token.name !== 'IP') return -1;
  const start = scanIpBackward(text, pos);
  if (start >= 0) record(cursor, 'IP', start, pos);
  return start;
}

function trimSpaceAndSlash(value: string): string {
  let end = value.length;
  while (
    end > 0 &&
    (isSpaceCode(value.charCodeAt(end - 1)) || value.charCodeAt(end - 1) === SLASH)
  ) {
    end--;
  }
  return value.slice(0, end);
}

function trimFreeEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && (text.charCodeAt(at - 1) === SPACE || text.charCodeAt(at - 1) === SLASH)) {
    at--;
  }
  return at;
}

function joinedByLineBreak(canon: CanonText, at: number): boolean {
  const original = toOriginalIndex(canon, at);
  const before = canon.original.charCodeAt(original - 1);
  return before === SLASH || before === 10 || before === 13;
}

/** Where free text ends once an optional suffix like "/Giving up on {IP}" is cut off. */
function freeTextEnd(canon: CanonText, start: number, tail: string | null): number {
  const text = canon.text;
  const end = trimFreeEnd(text, start, text.length);
  if (tail === null) return end;
  const at = text.lastIndexOf(tail, end);
  if (at <= start) return end;
  const joinStart = skipJoinBackward(text, at);
  const afterTail = at + tail.length;
  const from = text.charCodeAt(afterTail) === SPACE ? afterTail + 1 : afterTail;
  const ipEnd = scanIpForward(text, from);
  if (joinStart < start || ipEnd < 0) return end;
  // Text after the suffix is tolerated only when the suffix really starts a new line.
  const atEnd = trimFreeEnd(text, ipEnd, end) === ipEnd;
  if (!atEnd && !joinedByLineBreak(canon, at)) return end;
  return trimFreeEnd(text, start, joinStart);
}

function matchFree(cursor: Cursor, template: CompiledTemplate, name: Placeholder, pos: number) {
  const text = cursor.canon.text;
  const from = text.charCodeAt(pos) === SPACE ? pos + 1 : pos;
  const end = freeTextEnd(cursor.canon, from, template.optionalTail);
  const value = originalSlice(cursor.canon, from, Math.max(from, end));
  cursor.found[name] = trimSpaceAndSlash(value);
}

function matchAt(template: CompiledTemplate, canon: CanonText, at: number): TemplateMatch | null {
  const cursor: Cursor = { canon, found: {} };
  const { core, anchorIndex } = template;
  let start = at;
  for (let i = anchorIndex - 1; i >= 0 && start >= 0; i--) {
    start = stepBackward(cursor, core[i], start);
  }
  if (start < 0) return null;
  const anchor = core[anchorIndex];
  let pos = at + (anchor?.kind === 'literal' ? anchor.text.length : 0);
  for (let i = anchorIndex + 1; i < core.length && pos >= 0; i++) {
    const token = core[i];
    if (token?.kind === 'placeholder' && (token.name === 'MESSAGE' || token.name === 'ERROR')) {
      matchFree(cursor, template, token.name, pos);
      break;
    }
    pos = stepForward(cursor, core, i, pos);
  }
  return pos < 0 ? null : { template, start, placeholders: cursor.found };
}

/** First occurrence of the template in the text, searched from its anchor literal. */
export function matchTemplate(template: CompiledTemplate, canon: CanonText): TemplateMatch | null {
  const anchor = template.core[template.anchorIndex];
  if (anchor?.kind !== 'literal') return null;
  let from = 0;
  for (let tries = 0; tries < MAX_ANCHOR_TRIES; tries++) {
    const at = canon.text.indexOf(anchor.text, from);
    if (at < 0) return null;
    const found = matchAt(template, canon, at);
    if (found !== null) return found;
    from = at + 1;
  }
  return null;
}
