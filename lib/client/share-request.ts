import { resolveRange } from '@/lib/reports/report-range';
import { REPORT_PARAMS, reportSearch } from '@/lib/reports/report-links';

// The view the Share dialog sends: the page's report parameters, with a rolling range
// either kept rolling or pinned to the bounds it covers right now.

export type RangeMode = 'rolling' | 'fixed';

export function isRollingView(search: string): boolean {
  return !new URLSearchParams(search).has('from');
}

export function shareSearch(search: string, mode: RangeMode, now = new Date()): string {
  const params = new URLSearchParams(reportSearch(search));
  if (mode === 'rolling' || params.has('from')) return params.toString();
  const preset = params.get('range');
  const range = resolveRange(
    { range: (preset ?? undefined) as Parameters<typeof resolveRange>[0]['range'] },
    now,
  );
  params.delete('range');
  params.set('from', range.from.toISOString());
  params.set('to', range.to.toISOString());
  return reportSearch(params);
}

/**
 * The query string a shared page works with: the link's stored view for every report
 * parameter, and the page's own position (sort, page) from its address.
 */
export function sharedPageSearch(pageSearch: string, storedQuery: string): string {
  const params = new URLSearchParams(pageSearch);
  for (const name of REPORT_PARAMS) params.delete(name);
  for (const [name, value] of new URLSearchParams(storedQuery)) params.set(name, value);
  return params.toString();
}

/** Changes a shared page may make to its address: none to the view itself. */
export function sharedPageChanges(
  changes: Record<string, string | null>,
): Record<string, string | null> {
  const fixed = new Set<string>(REPORT_PARAMS);
  return Object.fromEntries(Object.entries(changes).filter(([name]) => !fixed.has(name)));
}
