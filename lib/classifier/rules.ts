import type { RemoteReply } from './remote-reply';
import type { ProviderRule } from './rule-types';
import { BLOCKLIST_RULES } from './rules-blocklists';
import { EUROPE_RULES } from './rules-europe';
import { FILTER_RULES } from './rules-filters';
import { GENERIC_RULES } from './rules-generic';
import { GMAIL_RULES } from './rules-gmail';
import { YAHOO_RULES } from './rules-yahoo';
import { APPLE_RULES, COMCAST_RULES, MICROSOFT_RULES } from './rules-microsoft-apple-comcast';

export type { ProviderRule } from './rule-types';

/** Checked in order, so specific provider replies come before blocklists and generic words. */
export const PROVIDER_RULES: readonly ProviderRule[] = [
  ...GMAIL_RULES,
  ...YAHOO_RULES,
  ...MICROSOFT_RULES,
  ...APPLE_RULES,
  ...COMCAST_RULES,
  ...EUROPE_RULES,
  ...FILTER_RULES,
  ...BLOCKLIST_RULES,
  ...GENERIC_RULES,
];

const MAX_RULE_TEXT = 2048;
const BY_ID: ReadonlyMap<string, ProviderRule> = new Map(PROVIDER_RULES.map((r) => [r.id, r]));
const CODE_SETS = new Map(
  PROVIDER_RULES.map((r) => [r.id, new Set(r.enhancedCodes ?? [])] as const),
);

export function ruleById(id: string): ProviderRule | undefined {
  return BY_ID.get(id);
}

function replyClass(reply: RemoteReply): number | null {
  if (reply.smtpCode !== null) return Math.floor(reply.smtpCode / 100);
  return reply.enhancedCode === null ? null : Number(reply.enhancedCode.charAt(0));
}

function ruleMatches(rule: ProviderRule, lower: string, reply: RemoteReply, cls: number | null) {
  if (rule.replyClass !== undefined && cls !== null && cls !== rule.replyClass) return false;
  const byCode = reply.enhancedCode !== null && CODE_SETS.get(rule.id)?.has(reply.enhancedCode);
  const byText = rule.anyText?.some((needle) => lower.includes(needle)) ?? false;
  const hasTrigger = rule.anyText !== undefined || rule.enhancedCodes !== undefined;
  if (hasTrigger && !byCode && !byText) return false;
  return rule.allText?.every((needle) => lower.includes(needle)) ?? true;
}

/** First rule that recognises the reply, or null. */
export function findRule(reply: RemoteReply): ProviderRule | null {
  const lower = ` ${reply.enhancedCode ?? ''} ${reply.text.slice(0, MAX_RULE_TEXT)} `.toLowerCase();
  const cls = replyClass(reply);
  for (const rule of PROVIDER_RULES) {
    if (ruleMatches(rule, lower, reply, cls)) return rule;
  }
  return null;
}
