import type { Category } from './categories';
import { fallbackCategory } from './category-decision';
import { matchCatalogue } from './catalogue-matcher';
import { fingerprintReply } from './fingerprint';
import { LOCAL_DELIVERY_REASON, parseLocalDelivery } from './local-delivery';
import { providerFromDomain, providerFromMx, providerFromReply } from './providers';
import { type RemoteReply, parseRemoteReply } from './remote-reply';
import { type ProviderRule, findRule } from './rules';
import type { CatalogueEntry } from './types';

export interface AttemptToClassify {
  message: string | null;
  status: string;
  mxHostname?: string | null;
  recipientDomain?: string | null;
}

export interface Classification {
  catalogueEntry: string | null;
  rule: string | null;
  reason: string;
  category: Category;
  provider: string | null;
  smtpCode: number | null;
  enhancedCode: string | null;
  remoteReply: string | null;
  fingerprint: string;
}

const REPLY_MARKER = 'Remote host said:';

/** For unrecognised GreenArrow-shaped text, the codes still come from the remote part. */
function replySource(message: string, remoteReply: string | null, entry: CatalogueEntry | null) {
  if (remoteReply !== null) return remoteReply;
  if (entry !== null) return message;
  const at = message.indexOf(REPLY_MARKER);
  return at < 0 ? message : message.slice(at + REPLY_MARKER.length);
}

function chooseRule(entry: CatalogueEntry | null, status: string, reply: RemoteReply) {
  if (status === 'connmaxout' || status === 'success') return null;
  if (entry !== null && entry.category !== null) return null;
  return findRule(reply);
}

function chooseCategory(
  entry: CatalogueEntry | null,
  status: string,
  rule: ProviderRule | null,
  reply: RemoteReply,
): Category {
  if (status === 'connmaxout') return 'throttled';
  // An acceptance text on a failed or deferred attempt is contradictory: the codes decide.
  const entryCategory = entry?.category === 'accepted' && status !== 'success' ? null : entry?.category;
  if (entryCategory != null) return entryCategory;
  if (status === 'success') return 'accepted';
  return rule?.category ?? fallbackCategory(reply, status);
}

function chooseProvider(attempt: AttemptToClassify, rule: ProviderRule | null, reply: string) {
  return (
    providerFromMx(attempt.mxHostname) ??
    rule?.provider ??
    providerFromDomain(attempt.recipientDomain) ??
    providerFromReply(reply.slice(0, 2048).toLowerCase())
  );
}

/** A local delivery's report: its codes, if any, come from the delivery program's words. */
function classifyLocal(message: string, status: string, detail: string): Classification {
  const reply = parseRemoteReply(detail);
  return {
    catalogueEntry: null,
    rule: null,
    reason: LOCAL_DELIVERY_REASON,
    category: status === 'connmaxout' ? 'throttled' : fallbackCategory(reply, status),
    provider: null,
    smtpCode: reply.smtpCode,
    enhancedCode: reply.enhancedCode,
    remoteReply: null,
    fingerprint: fingerprintReply(message),
  };
}

/** Sorts one delivery attempt into catalogue entry, rule, category and provider. */
export function classifyAttempt(attempt: AttemptToClassify): Classification {
  const message = typeof attempt.message === 'string' ? attempt.message : '';
  const status = typeof attempt.status === 'string' ? attempt.status : '';
  const local = parseLocalDelivery(message);
  if (local !== null) return classifyLocal(message, status, local.detail);
  const match = matchCatalogue(message, status);
  const entry = match.entry;
  const remoteReply = match.entry === null ? null : (match.placeholders.MESSAGE ?? null);
  const source = replySource(message, remoteReply, entry);
  const reply = parseRemoteReply(source);
  const rule = chooseRule(entry, status, reply);
  return {
    catalogueEntry: entry?.id ?? null,
    rule: rule?.id ?? null,
    reason: rule?.id ?? entry?.id ?? 'unrecognised',
    category: chooseCategory(entry, status, rule, reply),
    provider: chooseProvider(attempt, rule, source),
    smtpCode: reply.smtpCode,
    enhancedCode: reply.enhancedCode,
    remoteReply,
    fingerprint: fingerprintReply(remoteReply ?? message),
  };
}
