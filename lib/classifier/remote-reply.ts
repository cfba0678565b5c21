/** What the receiving server said, split into its codes and its words. */
export interface RemoteReply {
  smtpCode: number | null;
  enhancedCode: string | null;
  text: string;
}

const MAX_REPLY_CHARS = 4096;
const LEADING_CODE = /^([2-5][0-9][0-9])(?=[ -]|$)/;
const LEADING_ENHANCED = /^([245]\.[0-9]{1,3}\.[0-9]{1,3})(?=[\s,;:)]|$)/;
const ANY_ENHANCED = /(?<![0-9.])([245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9]|\.[0-9])/;

function isDigit(code: number | undefined): boolean {
  return code !== undefined && code >= 48 && code <= 57;
}

/** GreenArrow joins reply lines with "/"; only a "/" followed by a reply code starts a line. */
function splitSlashLines(line: string): string[] {
  const lines: string[] = [];
  let from = 0;
  let at = line.indexOf('/');
  while (at >= 0) {
    const after = line.charAt(at + 4);
    const coded =
      isDigit(line.charCodeAt(at + 1)) &&
      isDigit(line.charCodeAt(at + 2)) &&
      isDigit(line.charCodeAt(at + 3)) &&
      (after === '-' || after === ' ' || after === '');
    if (coded) {
      lines.push(line.slice(from, at));
      from = at + 1;
    }
    at = line.indexOf('/', at + 1);
  }
  lines.push(line.slice(from));
  return lines;
}

/** Continuation lines flattened onto one line ("550-... 550 ...") are split again. */
function splitInlineContinuations(line: string, code: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const marker of [` ${code}-`, ` ${code} `]) {
    let at = line.indexOf(marker, from + 1);
    while (at >= 0) {
      pieces.push(line.slice(from, at));
      from = at + 1;
      at = line.indexOf(marker, from + 1);
    }
  }
  pieces.push(line.slice(from));
  return pieces;
}

function splitLines(reply: string): string[] {
  return reply.split(/\r?\n|\r/).flatMap(splitSlashLines);
}

function stripPrefixes(line: string, code: string | null, found: { enhanced: string | null }) {
  let rest = line.trim();
  if (code !== null && rest.startsWith(code) && /^[ -]|^$/.test(rest.slice(3, 4))) {
    rest = rest.slice(4).trimStart();
  }
  const enhanced = LEADING_ENHANCED.exec(rest);
  if (enhanced?.[1] !== undefined) {
    found.enhanced ??= enhanced[1];
    rest = rest.slice(enhanced[1].length).trimStart();
  }
  return rest;
}

function findEmbeddedEnhanced(text: string): string | null {
  const hashed = text.indexOf('(#');
  if (hashed >= 0) {
    const own = LEADING_ENHANCED.exec(text.slice(hashed + 2, hashed + 16));
    if (own?.[1] !== undefined) return own[1];
  }
  return ANY_ENHANCED.exec(text.slice(0, 512))?.[1] ?? null;
}

/** Parses an SMTP reply (possibly multi-line) into reply code, enhanced code and text. */
export function parseRemoteReply(text: string): RemoteReply {
  const reply = typeof text === 'string' ? text.slice(0, MAX_REPLY_CHARS).trim() : '';
  const code = LEADING_CODE.exec(reply)?.[1] ?? null;
  let lines = splitLines(reply);
  if (code !== null && reply.charAt(3) === '-') {
    lines = lines.flatMap((line) => splitInlineContinuations(line, code));
  }
  const found: { enhanced: string | null } = { enhanced: null };
  const words = lines.map((line) => stripPrefixes(line, code, found)).filter((l) => l !== '');
  const joined = words.join(' ').replace(/\s+/g, ' ').trim();
  return {
    smtpCode: code === null ? null : Number(code),
    enhancedCode: found.enhanced ?? findEmbeddedEnhanced(reply),
    text: joined,
  };
}
