import { CATALOGUE, CATEGORIES, PROVIDER_RULES } from '@/lib/classifier';
import type { Explanation } from '@/lib/classifier';
import type { BreakdownRow } from '@/lib/reports/breakdown-types';
import {
  categoryLabel,
  reasonInfo,
  REPLY_DECIDED_ENTRIES,
  UNRECOGNISED,
} from '@/lib/reports/reason-info';

// The whole catalogue and rule set with how often each occurred, zeros included.

export interface CatalogueRow extends Explanation {
  id: string;
  title: string;
  template: string;
  group: string;
  statuses: readonly string[];
  category: string | null;
  categoryLabel: string;
  attempts: number;
}

export interface RuleRow extends Explanation {
  id: string;
  title: string;
  provider: string | null;
  category: string;
  categoryLabel: string;
  attempts: number;
}

export interface CategoryRow {
  id: string;
  label: string;
  description: string;
  attempts: number;
}

function countsById(rows: readonly { value: string; attempts: number }[]): Map<string, number> {
  return new Map(rows.map((row) => [row.value, Number(row.attempts)]));
}

const explanationOf = ({ whatHappened, whoseSide, whatToDo, retryHelps }: Explanation) => ({
  whatHappened,
  whoseSide,
  whatToDo,
  retryHelps,
});

export function catalogueRows(reasonCounts: readonly { value: string; attempts: number }[]) {
  const counts = countsById(reasonCounts);
  return CATALOGUE.map((entry): CatalogueRow => ({
    id: entry.id,
    title: reasonInfo(entry.id)?.title ?? entry.id,
    template: entry.template,
    group: entry.group,
    statuses: entry.statuses,
    category: entry.category,
    categoryLabel: entry.category ? categoryLabel(entry.category) : 'Decided by the reply',
    attempts: counts.get(entry.id) ?? 0,
    ...explanationOf(entry),
  }));
}

export function ruleRows(reasonCounts: readonly { value: string; attempts: number }[]) {
  const counts = countsById(reasonCounts);
  return PROVIDER_RULES.map((rule): RuleRow => ({
    id: rule.id,
    title: reasonInfo(rule.id)?.title ?? rule.id,
    provider: rule.provider,
    category: rule.category,
    categoryLabel: categoryLabel(rule.category),
    attempts: counts.get(rule.id) ?? 0,
    ...explanationOf(rule),
  }));
}

export function categoryRows(categoryCounts: readonly { value: string; attempts: number }[]) {
  const counts = countsById(categoryCounts);
  return CATEGORIES.map((category): CategoryRow => ({
    ...category,
    attempts: counts.get(category.id) ?? 0,
  }));
}

/** Reasons in the data that the current classifier does not know (older versions). */
export function strayReasons(reasonRows: readonly BreakdownRow[]): BreakdownRow[] {
  return reasonRows.filter((row) => row.value !== '' && reasonInfo(row.value) === null);
}

/** Reasons whose attempts no rule explained: the gaps the unrecognised list shows. */
export const GAP_REASONS: readonly string[] = [UNRECOGNISED, ...REPLY_DECIDED_ENTRIES];
