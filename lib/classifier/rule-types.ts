import type { Category } from './categories';
import type { Explanation } from './types';

/** A known reply of a mailbox provider, filter or blocklist, or a generic reply pattern. */
export interface ProviderRule extends Explanation {
  id: string;
  /** Provider or filter name; null for generic patterns. */
  provider: string | null;
  category: Category;
  /** Lower-case substrings; any one of them is enough. */
  anyText?: readonly string[];
  /** Lower-case substrings that must all be present as well. */
  allText?: readonly string[];
  /** Enhanced status codes that identify the rule on their own. */
  enhancedCodes?: readonly string[];
  /** Restricts the rule to transient (4) or permanent (5) replies. */
  replyClass?: 4 | 5;
}

export function codeRange(prefix: string, from: number, to: number): string[] {
  const codes: string[] = [];
  for (let detail = from; detail <= to; detail++) codes.push(`${prefix}.${detail}`);
  return codes;
}
