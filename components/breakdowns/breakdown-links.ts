import type { BreakdownDimension, BreakdownRow } from '@/lib/reports/breakdown-types';
import { hrefWith, withFilter } from '@/lib/reports/report-links';

// Where a breakdown row drills down to: its own page when it has one, else this page filtered.

export function breakdownLink(
  pathname: string,
  search: string,
  dimension: BreakdownDimension,
  row: BreakdownRow,
): string | null {
  if (row.value === '') return null;
  const value = encodeURIComponent(row.value);
  if (dimension === 'reason') return hrefWith(`/reasons/${value}`, search);
  if (dimension === 'domain') return hrefWith(`/domains/${value}`, search);
  return `${pathname}?${withFilter(search, dimension, row.value)}`;
}
