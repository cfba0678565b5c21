import { DOMAIN_LIST_PARAMS } from '@/lib/reports/domain-list-query';
import { LOG_PARAMS } from '@/lib/reports/log-query';
import { reportSearch } from '@/lib/reports/report-links';

// API query strings of the domain list and the log: the shared report parameters plus
// the page's own, in a fixed order so equal views share a react-query key.

type SearchInput = URLSearchParams | string;

function withOwn(search: SearchInput, names: readonly string[]): string {
  const source = new URLSearchParams(search.toString());
  const kept = new URLSearchParams(reportSearch(source));
  for (const name of names) {
    const value = source.get(name);
    if (value) kept.set(name, value);
  }
  return kept.toString();
}

export function logApiSearch(search: SearchInput): string {
  return withOwn(search, LOG_PARAMS);
}

export function domainListApiSearch(search: SearchInput): string {
  return withOwn(search, DOMAIN_LIST_PARAMS);
}

/** What a view shows apart from its position (cursor, page): when it changes, paging restarts. */
export function viewSignature(apiSearch: string, positionParam: 'cursor' | 'page'): string {
  const params = new URLSearchParams(apiSearch);
  params.delete(positionParam);
  return params.toString();
}
