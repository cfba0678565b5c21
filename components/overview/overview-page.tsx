'use client';

import { StatusSeriesChart } from '@/components/charts/status-series-chart';
import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { useOverviewQuery } from '@/components/hooks/use-overview-query';
import { LatestAttemptsTable } from '@/components/overview/latest-attempts-table';
import { StatusTotals } from '@/components/overview/status-totals';
import { TopReasons } from '@/components/overview/top-reasons';
import { TroubleTable } from '@/components/overview/trouble-table';
import { QueryPanel } from '@/components/query-panel';

const NO_EVENTS_HINT = (
  <p>
    No delivery attempts in this range. Widen the range or remove a filter; if nothing ever arrived,
    point GreenArrow at this dashboard with an <code>event_delivery_destination</code> whose{' '}
    <code>event_delivery_url</code> is{' '}
    <code>https://&lt;this host&gt;/api/events?token=&lt;secret&gt;</code>, or load sample data with{' '}
    <code>npm run demo</code>.
  </p>
);

export function OverviewPage() {
  const search = useReportSearch();
  const overview = useOverviewQuery(search.apiSearch, search.refetchInterval);
  const report = overview.data;
  const isEmpty = !report || Object.values(report.totals).every((count) => count === 0);
  const state = {
    isPending: overview.isPending,
    error: overview.error,
    onRetry: () => void overview.refetch(),
  };
  const trouble = !report || report.troubleDomains.length + report.troubleSendingIps.length === 0;
  const reasons =
    !report || report.topDeferralReasons.length + report.topFailureReasons.length === 0;
  const query = search.apiSearch;

  return (
    <>
      <FilterBar title="Overview" />
      <QueryPanel title="Attempts by status" {...state} isEmpty={isEmpty} empty={NO_EVENTS_HINT}>
        {report && (
          <>
            <StatusTotals
              totals={report.totals}
              previousTotals={report.previousTotals}
              search={query}
            />
            <p className="comparison-note">
              Changes compare with the {describeLength(report.range)} before.
            </p>
            <StatusSeriesChart
              points={report.series}
              bucket={report.range.bucket}
              timeZone={search.params.get('tz') ?? 'UTC'}
            />
          </>
        )}
      </QueryPanel>
      <QueryPanel
        title="Top reasons"
        {...state}
        isEmpty={reasons}
        empty={<p>No deferrals or failures in this range: nothing to explain.</p>}
      >
        {report && (
          <div className="breakdown-grid">
            <TopReasons
              title="Deferral reasons"
              rows={report.topDeferralReasons}
              search={query}
              fileName="top-deferral-reasons.csv"
            />
            <TopReasons
              title="Failure reasons"
              rows={report.topFailureReasons}
              search={query}
              fileName="top-failure-reasons.csv"
            />
          </div>
        )}
      </QueryPanel>
      <QueryPanel
        title="Most trouble"
        {...state}
        isEmpty={trouble}
        empty={<p>No recipient domain or sending IP had deferrals or failures in this range.</p>}
      >
        {report && (
          <div className="breakdown-grid">
            <TroubleTable
              title="Recipient domains"
              dimension="domain"
              rows={report.troubleDomains}
              search={query}
            />
            <TroubleTable
              title="Sending IPs"
              dimension="sendingIp"
              rows={report.troubleSendingIps}
              search={query}
            />
          </div>
        )}
      </QueryPanel>
      <QueryPanel
        title="Latest attempts"
        {...state}
        isEmpty={!report || report.latest.length === 0}
        empty={<p>No attempts yet in this range.</p>}
      >
        {report && <LatestAttemptsTable attempts={report.latest} search={query} />}
      </QueryPanel>
    </>
  );
}

function describeLength(range: { from: string; to: string }): string {
  const hours = Math.round((Date.parse(range.to) - Date.parse(range.from)) / 3_600_000);
  if (hours % 24 === 0 && hours >= 48) return `${hours / 24} days`;
  return hours === 1 ? 'hour' : `${hours} hours`;
}
