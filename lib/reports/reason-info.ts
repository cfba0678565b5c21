import {
  CATALOGUE,
  CATEGORIES,
  LOCAL_DELIVERY_EXPLANATION,
  LOCAL_DELIVERY_REASON,
  PROVIDER_RULES,
} from '@/lib/classifier';
import type { Explanation } from '@/lib/classifier';

// What a stored reason id means: a provider rule, a GreenArrow catalogue entry, a local
// delivery's report, or none of them.

export const UNRECOGNISED = 'unrecognised';

export type ReasonKind = 'rule' | 'catalogue' | 'local' | 'unrecognised';

export interface ReasonInfo extends Explanation {
  id: string;
  kind: ReasonKind;
  title: string;
  provider: string | null;
  category: string | null;
  /** The GreenArrow template, for catalogue entries. */
  template: string | null;
  statuses: readonly string[];
}

const RULES = new Map(PROVIDER_RULES.map((rule) => [rule.id, rule]));
const ENTRIES = new Map(CATALOGUE.map((entry) => [entry.id, entry]));
const CATEGORY_LABELS = new Map<string, string>(CATEGORIES.map((c) => [c.id, c.label]));

/** Catalogue entries whose category comes from the remote reply: no rule recognised it. */
export const REPLY_DECIDED_ENTRIES = CATALOGUE.filter((entry) => entry.category === null).map(
  (entry) => entry.id,
);

// Kept in capitals when an id is made into a title: "smtp-auth-failed" is "SMTP auth failed".
const ACRONYMS = new Set(
  'smtp esmtp dmarc dkim spf tls ssl starttls dns dnsbl rbl mx ip ipv4 ipv6 ptr rdns helo ehlo mta url uri arc bimi pbl sbl xbl dbl'.split(' '),
);

export function humanise(id: string): string {
  const words = id
    .replace(/[-_]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (ACRONYMS.has(word.toLowerCase()) ? word.toUpperCase() : word));
  const title = words.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** `Gmail rate limited` stays; `Policy reasons` from Yahoo becomes `Yahoo: Policy reasons`. */
function titleWithProvider(title: string, provider: string | null): string {
  if (!provider) return title;
  const brand = provider.split(/[\s/]/)[0]?.toLowerCase() ?? '';
  return title.toLowerCase().startsWith(brand) ? title : `${provider}: ${title}`;
}

function explanation(source: Explanation): Explanation {
  const { whatHappened, whoseSide, whatToDo, retryHelps } = source;
  return { whatHappened, whoseSide, whatToDo, retryHelps };
}

const UNRECOGNISED_EXPLANATION: Explanation = {
  whatHappened: 'GreenArrow reported a message that no catalogue entry or provider rule matches.',
  whoseSide: 'none',
  whatToDo: 'Read the example replies; if one recurs, it deserves a rule.',
  retryHelps: 'maybe',
};

/** Everything known about a reason id, or null when the classifier has never produced it. */
export function reasonInfo(id: string): ReasonInfo | null {
  const rule = RULES.get(id);
  if (rule) {
    const title = titleWithProvider(humanise(rule.id), rule.provider);
    return {
      id,
      kind: 'rule',
      title,
      provider: rule.provider,
      category: rule.category,
      template: null,
      statuses: [],
      ...explanation(rule),
    };
  }
  const entry = ENTRIES.get(id);
  if (entry) {
    return {
      id,
      kind: 'catalogue',
      title: humanise(entry.id),
      provider: null,
      category: entry.category,
      template: entry.template,
      statuses: entry.statuses,
      ...explanation(entry),
    };
  }
  if (id === LOCAL_DELIVERY_REASON) {
    return {
      id,
      kind: 'local',
      title: 'Local delivery',
      provider: null,
      category: null,
      template: 'did {FILES}+{FORWARDS}+{PROGRAMS}/{MESSAGE}',
      statuses: ['success', 'deferral', 'failure'],
      ...LOCAL_DELIVERY_EXPLANATION,
    };
  }
  if (id === UNRECOGNISED) {
    return {
      id,
      kind: 'unrecognised',
      title: 'Unrecognised message',
      provider: null,
      category: 'other',
      template: null,
      statuses: [],
      ...UNRECOGNISED_EXPLANATION,
    };
  }
  return null;
}

export function reasonLabel(id: string): string {
  if (id === '') return '(none)';
  return reasonInfo(id)?.title ?? id;
}

export function categoryLabel(id: string): string {
  if (id === '') return '(none)';
  return CATEGORY_LABELS.get(id) ?? id;
}
