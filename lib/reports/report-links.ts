import { FILTER_NAMES, type ReportFilters } from '@/lib/reports/report-filters';

// The query string is the whole view: these helpers build links that keep it.

export type FilterName = keyof ReportFilters;

/** Every parameter a report API reads, in a fixed order so query keys are stable. */
export const REPORT_PARAMS = ['range', 'from', 'to', 'tz', ...FILTER_NAMES] as const;
export type ReportParam = (typeof REPORT_PARAMS)[number];

export const FILTER_LABELS: Record<FilterName, string> = {
  status: 'Status',
  domain: 'Domain',
  sendingIp: 'Sending IP',
  virtualMta: 'VirtualMTA',
  sendId: 'Send id',
  category: 'Category',
  reason: 'Reason',
  provider: 'Provider',
  enhancedCode: 'Enhanced code',
  smtpCode: 'SMTP code',
};

type SearchInput = URLSearchParams | string | { toString(): string };

function copy(search: SearchInput): URLSearchParams {
  return new URLSearchParams(typeof search === 'string' ? search : search.toString());
}

/** Only the report parameters, in a fixed order: what the API and the query key see. */
export function reportSearch(search: SearchInput): string {
  const source = copy(search);
  const kept = new URLSearchParams();
  for (const name of REPORT_PARAMS) {
    const value = source.get(name);
    if (value) kept.set(name, value);
  }
  return kept.toString();
}

/** The query string with one parameter set (or removed when value is empty). */
export function withParam(search: SearchInput, name: string, value: string | null): string {
  const next = copy(search);
  if (value === null || value === '') next.delete(name);
  else next.set(name, value);
  return next.toString();
}

/** The query string with one more filter: "click any value to filter by it". */
export function withFilter(search: SearchInput, name: FilterName, value: string): string {
  return withParam(search, name, value);
}

export function withoutFilter(search: SearchInput, name: FilterName): string {
  return withParam(search, name, null);
}

/** A link to `pathname` keeping the current range, time zone and filters. */
export function hrefWith(
  pathname: string,
  search: SearchInput,
  extra: Partial<Record<FilterName, string>> = {},
): string {
  let query = reportSearch(search);
  for (const [name, value] of Object.entries(extra)) {
    if (value !== undefined) query = withFilter(query, name as FilterName, value);
  }
  return query ? `${pathname}?${query}` : pathname;
}

export interface ActiveFilter {
  name: FilterName;
  label: string;
  value: string;
}

export function activeFilters(search: SearchInput): ActiveFilter[] {
  const params = copy(search);
  return FILTER_NAMES.flatMap((name) => {
    const value = params.get(name);
    return value ? [{ name, label: FILTER_LABELS[name], value }] : [];
  });
}
