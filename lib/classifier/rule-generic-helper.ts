import type { Category } from './categories';
import type { ProviderRule } from './rule-types';
import type { Explanation } from './types';

export function generic(
  id: string,
  category: Category,
  anyText: readonly string[],
  explanation: Explanation,
  replyClass?: 4 | 5,
): ProviderRule {
  return { id, provider: null, category, anyText, ...explanation, replyClass };
}
