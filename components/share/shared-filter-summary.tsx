'use client';

import { useShareView } from '@/components/share/share-view-context';
import { describeRange } from '@/lib/client/describe-view';
import { activeFilters } from '@/lib/reports/report-links';

/** In a shared view the filter bar is a statement, not a control: the view is fixed. */
export function SharedFilterSummary({ title }: { title: string }) {
  const share = useShareView();
  if (!share) return null;
  const timeZone = new URLSearchParams(share.query).get('tz');
  return (
    <div className="filter-bar">
      <div className="toolbar">
        <h1>{title}</h1>
      </div>
      <ul className="filter-chips shared-summary" aria-label="What this view shows">
        <li className="chip">
          Range: <strong>{describeRange(share.query)}</strong>
        </li>
        {activeFilters(share.query).map((filter) => (
          <li key={filter.name} className="chip">
            {filter.label}: <strong>{filter.value}</strong>
          </li>
        ))}
        {timeZone && (
          <li className="chip">
            Time zone: <strong>{timeZone}</strong>
          </li>
        )}
      </ul>
    </div>
  );
}
