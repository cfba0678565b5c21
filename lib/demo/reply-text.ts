import type { Random } from './random';
import type { ReplyBook, ReplyKind } from './reply-kinds';
import { GENERIC_REPLIES } from './replies-regional';
import { compileText, renderText, type CompiledText } from './text-template';

type ReplyToken =
  'SRC' | 'MX' | 'RCPT' | 'DOMAIN' | 'FROMDOMAIN' | 'EPOCH' | 'QID' | 'NUM' | 'MSHOST';

const REPLY_TOKEN = /\$(SRC|MX|RCPT|DOMAIN|FROMDOMAIN|EPOCH|QID|NUM|MSHOST)/;

export type CompiledReply = CompiledText<ReplyToken>;
export type CompiledReplyBook = Record<ReplyKind, readonly CompiledReply[]>;

export interface ReplyContext {
  sendingIp: string;
  mxHostname: string;
  recipient: string;
  recipientDomain: string;
  fromDomain: string;
  epoch: number;
  random: Random;
}

const REPLY_KINDS: readonly ReplyKind[] = [
  'accept',
  'rateLimit',
  'reputation',
  'block',
  'listed',
  'spam',
  'auth',
  'userUnknown',
  'mailboxFull',
  'tooLarge',
  'greylist',
  'tempFail',
  'permFail',
];

// A provider without its own wording for a kind answers like a typical small server would.
const FALLBACK_KIND: Partial<Record<ReplyKind, ReplyKind>> = {
  reputation: 'rateLimit',
  block: 'permFail',
};

export function compileReplyBook(book: ReplyBook): CompiledReplyBook {
  const compiled = {} as Record<ReplyKind, readonly CompiledReply[]>;
  for (const kind of REPLY_KINDS) {
    compiled[kind] = compileReplies(
      wordingFor(book, kind) ?? wordingFor(GENERIC_REPLIES, kind) ?? [],
    );
  }
  return compiled;
}

function wordingFor(book: ReplyBook, kind: ReplyKind): readonly string[] | undefined {
  const fallback = FALLBACK_KIND[kind];
  return book[kind] ?? (fallback ? book[fallback] : undefined);
}

export function compileReplies(texts: readonly string[]): readonly CompiledReply[] {
  return texts.map((text) => compileText<ReplyToken>(text, REPLY_TOKEN));
}

export function renderReply(reply: CompiledReply, context: ReplyContext): string {
  return renderText(reply, tokenValue, context);
}

function tokenValue(token: ReplyToken, context: ReplyContext): string {
  switch (token) {
    case 'SRC':
      return context.sendingIp;
    case 'MX':
      return context.mxHostname;
    case 'RCPT':
      return context.recipient;
    case 'DOMAIN':
      return context.recipientDomain;
    case 'FROMDOMAIN':
      return context.fromDomain;
    case 'EPOCH':
      return String(context.epoch);
    case 'QID':
      return context.random.alnum(12);
    case 'NUM':
      return String(1000 + context.random.int(9_000_000));
    case 'MSHOST':
      return exchangeFrontEnd(context.random);
  }
}

function exchangeFrontEnd(random: Random): string {
  const region = 10 + random.int(40);
  const node = String(random.int(1000)).padStart(3, '0');
  return `BN${region}NAM${region}FT${node}.eop-nam${region}.prod.protection.outlook.com`;
}

/** Status an attempt gets from the remote reply's basic code. */
export function statusOfReply(text: string): 'success' | 'deferral' | 'failure' {
  const digit = text.charCodeAt(0);
  if (digit === 50) return 'success';
  if (digit === 52) return 'deferral';
  return 'failure';
}
