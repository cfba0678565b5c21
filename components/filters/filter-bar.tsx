'use client';

import { FilterChips } from '@/components/filters/filter-chips';
import { FilterFields, StatusToggles } from '@/components/filters/filter-fields';
import { RangeControls } from '@/components/filters/range-controls';
import { useReportSearch } from '@/components/filters/use-report-search';
import { ShareButton } from '@/components/share/share-button';
import { SharedFilterSummary } from '@/components/share/shared-filter-summary';
import { useShareView } from '@/components/share/share-view-context';
import type { DeliveryStatus } from '@/lib/greenarrow/delivery-status';
import type { FilterName } from '@/lib/reports/report-links';

interface FilterBarProps {
  title: string;
  /** Filters this page sets itself (e.g. status on /deferrals): no control and no chip. */
  fixed?: readonly FilterName[];
  /** The statuses this page can show, when not all: only those get a toggle. */
  statuses?: readonly DeliveryStatus[];
}

/** Range, time zone, filters, chips and the Live toggle: everything in the URL. */
export function FilterBar({ title, fixed = [], statuses }: FilterBarProps) {
  const view = useReportSearch();
  const share = useShareView();
  if (share) return <SharedFilterSummary title={title} />;
  return (
    <div className="filter-bar">
      <div className="toolbar">
        <h1>{title}</h1>
        <RangeControls search={view} />
        <button
          type="button"
          className="live-toggle"
          aria-pressed={view.live}
          onClick={() => view.update({ live: view.live ? null : '1' })}
        >
          {view.live ? 'Live: on' : 'Live: off'}
        </button>
        <ShareButton />
      </div>
      {!fixed.includes('status') && (statuses?.length ?? 2) > 1 && (
        <StatusToggles search={view} statuses={statuses} />
      )}
      <FilterFields search={view} hidden={fixed} />
      <FilterChips search={view} fixed={fixed} />
    </div>
  );
}
