'use client';

import { StatusSeriesChart } from '@/components/charts/status-series-chart';
import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { useOverviewQuery } from '@/components/hooks/use-overview-query';
import { LatestAttemptsTable } from '@/components/overview/latest-attempts-table';
import { StatusTotals } from '@/components/overview/status-totals';
import { QueryPanel } from '@/components/query-panel';

const NO_EVENTS_HINT = (
  <p>
    No delivery attempts in this range. Point GreenArrow at this dashboard with an{' '}
    <code>event_delivery_destination</code> whose <code>event_delivery_url</code> is{' '}
    <code>https://&lt;this host&gt;/api/events?token=&lt;secret&gt;</code>, or load sample data with{' '}
    <code>npm run demo</code>.
  </p>
);

export function OverviewPage() {
  const search = useReportSearch();
  const overview = useOverviewQuery(search.apiSearch, search.refetchInterval);
  const report = overview.data;
  const isEmpty = !report || Object.values(report.totals).every((count) => count === 0);

  return (
    <>
      <FilterBar title="Overview" />
      <QueryPanel
        title="Attempts by status"
        isPending={overview.isPending}
        error={overview.error}
        isEmpty={isEmpty}
        empty={NO_EVENTS_HINT}
        onRetry={() => void overview.refetch()}
      >
        {report && (
          <>
            <StatusTotals totals={report.totals} />
            <StatusSeriesChart points={report.series} bucket={report.range.bucket} />
          </>
        )}
      </QueryPanel>
      <QueryPanel
        title="Latest attempts"
        isPending={overview.isPending}
        error={overview.error}
        isEmpty={!report || report.latest.length === 0}
        empty={<p>No attempts yet in this range.</p>}
        onRetry={() => void overview.refetch()}
      >
        {report && <LatestAttemptsTable attempts={report.latest} />}
      </QueryPanel>
    </>
  );
}
