'use client';

import type { ReportSearch } from '@/components/filters/use-report-search';
import { activeFilters, type FilterName } from '@/lib/reports/report-links';

interface FilterChipsProps {
  search: ReportSearch;
  /** Filters the page fixes itself, shown without a remove button. */
  fixed: readonly FilterName[];
}

/** The active filters and custom range as chips; each one removes itself. */
export function FilterChips({ search, fixed }: FilterChipsProps) {
  const { params, update } = search;
  const filters = activeFilters(params).filter((filter) => !fixed.includes(filter.name));
  const from = params.get('from');
  const to = params.get('to');
  const timeZone = params.get('tz');
  if (filters.length === 0 && !(from && to) && !timeZone) return null;
  return (
    <ul className="filter-chips" aria-label="Active filters">
      {filters.map((filter) => (
        <li key={filter.name} className="chip">
          <span>
            {filter.label}: <strong>{filter.value}</strong>
          </span>
          <button
            type="button"
            aria-label={`Remove filter ${filter.label}`}
            onClick={() => update({ [filter.name]: null })}
          >
            ×
          </button>
        </li>
      ))}
      {from && to && (
        <li className="chip">
          <span>
            Range: <strong>{from}</strong> to <strong>{to}</strong>
          </span>
          <button
            type="button"
            aria-label="Remove custom range"
            onClick={() => update({ from: null, to: null })}
          >
            ×
          </button>
        </li>
      )}
      {timeZone && (
        <li className="chip">
          <span>
            Time zone: <strong>{timeZone}</strong>
          </span>
          <button type="button" aria-label="Remove time zone" onClick={() => update({ tz: null })}>
            ×
          </button>
        </li>
      )}
    </ul>
  );
}
