import type { BreakdownDimension, BreakdownRow } from '@/lib/reports/breakdown-types';
import { categoryLabel, reasonLabel } from '@/lib/reports/reason-info';

// Server-side labelling, so the client never needs the classifier's tables.

const LABELLERS: Partial<Record<BreakdownDimension, (value: string) => string>> = {
  reason: reasonLabel,
  category: categoryLabel,
};

export function labelRows(
  dimension: BreakdownDimension,
  counts: readonly { value: string; attempts: number }[],
): BreakdownRow[] {
  const label = LABELLERS[dimension] ?? ((value: string) => (value === '' ? '(none)' : value));
  return counts.map((count) => ({
    ...count,
    attempts: Number(count.attempts),
    label: label(count.value),
  }));
}

export function rangeOf(range: { from: Date; to: Date; bucket: 'hour' | 'day' }) {
  return { from: range.from.toISOString(), to: range.to.toISOString(), bucket: range.bucket };
}
