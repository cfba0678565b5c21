import type { RemoteReply } from './remote-reply';
import { NeedleSet } from './needle-set';
import type { ProviderRule } from './rule-types';
import { BLOCKLIST_RULES } from './rules-blocklists';
import { EUROPE_RULES } from './rules-europe';
import { FILTER_RULES } from './rules-filters';
import { GENERIC_RECIPIENT_RULES } from './rules-generic';
import { GENERIC_TRAFFIC_RULES } from './rules-generic-traffic';
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
  ...GENERIC_RECIPIENT_RULES,
  ...GENERIC_TRAFFIC_RULES,
];

const MAX_RULE_TEXT = 2048;
const BY_ID: ReadonlyMap<string, ProviderRule> = new Map(PROVIDER_RULES.map((r) => [r.id, r]));

interface CompiledRule {
  rule: ProviderRule;
  any: readonly number[];
  all: readonly number[];
  codes: ReadonlySet<string>;
}

const NEEDLES = new NeedleSet(
  PROVIDER_RULES.flatMap((r) => [...(r.anyText ?? []), ...(r.allText ?? [])]),
);
const COMPILED: readonly CompiledRule[] = PROVIDER_RULES.map((rule) => ({
  rule,
  any: (rule.anyText ?? []).map((n) => NEEDLES.idOf(n)),
  all: (rule.allText ?? []).map((n) => NEEDLES.idOf(n)),
  codes: new Set(rule.enhancedCodes ?? []),
}));

export function ruleById(id: string): ProviderRule | undefined {
  return BY_ID.get(id);
}

function replyClass(reply: RemoteReply): number | null {
  if (reply.smtpCode !== null) return Math.floor(reply.smtpCode / 100);
  return reply.enhancedCode === null ? null : Number(reply.enhancedCode.charAt(0));
}

function ruleMatches(
  compiled: CompiledRule,
  found: Uint8Array,
  reply: RemoteReply,
  cls: number | null,
) {
  const { rule } = compiled;
  if (rule.replyClass !== undefined && cls !== null && cls !== rule.replyClass) return false;
  const byCode = reply.enhancedCode !== null && compiled.codes.has(reply.enhancedCode);
  const byText = compiled.any.some((id) => found[id] === 1);
  const hasTrigger = rule.anyText !== undefined || rule.enhancedCodes !== undefined;
  if (hasTrigger && !byCode && !byText) return false;
  return compiled.all.every((id) => found[id] === 1);
}

/** First rule that recognises the reply, or null. */
export function findRule(reply: RemoteReply): ProviderRule | null {
  const lower = ` ${reply.enhancedCode ?? ''} ${reply.text.slice(0, MAX_RULE_TEXT)} `.toLowerCase();
  const found = NEEDLES.scan(lower);
  const cls = replyClass(reply);
  for (const compiled of COMPILED) {
    if (ruleMatches(compiled, found, reply, cls)) return compiled.rule;
  }
  return null;
}
