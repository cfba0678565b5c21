import { resolveRange } from '@/lib/reports/report-range';
import { reportSearch } from '@/lib/reports/report-links';

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
  const range = resolveRange({ range: (preset ?? undefined) as Parameters<typeof resolveRange>[0]['range'] }, now);
  params.delete('range');
  params.set('from', range.from.toISOString());
  params.set('to', range.to.toISOString());
  return reportSearch(params);
}
