import { activeFilters } from '@/lib/reports/report-links';

// A shared view in words: "Domains · last 7d · Domain: gmail.com".

const PAGE_NAMES: Record<string, string> = {
  '': 'Overview',
  deferrals: 'Deferrals',
  failures: 'Failures',
  reasons: 'Reasons',
  domains: 'Domains',
};

export function describePage(path: string): string {
  const [section = '', item] = path.split('/').slice(1);
  const name = PAGE_NAMES[section] ?? section;
  return item ? `${name}: ${item}` : name;
}

export function describeRange(query: string): string {
  const params = new URLSearchParams(query);
  const from = params.get('from');
  const to = params.get('to');
  if (from && to)
    return `${from.slice(0, 16).replace('T', ' ')} to ${to.slice(0, 16).replace('T', ' ')}`;
  return `last ${params.get('range') ?? '24h'} (rolling)`;
}

export function describeView(path: string, query: string): string {
  const filters = activeFilters(query).map((filter) => `${filter.label}: ${filter.value}`);
  return [describePage(path), describeRange(query), ...filters].join(' · ');
}
