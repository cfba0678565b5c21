'use client';

import { StatusSeriesChart } from '@/components/charts/status-series-chart';
import { LatestAttemptsTable } from '@/components/overview/latest-attempts-table';
import { StatusTotals } from '@/components/overview/status-totals';
import { TopReasons } from '@/components/overview/top-reasons';
import { TroubleTable } from '@/components/overview/trouble-table';
import { QueryPanel } from '@/components/query-panel';
import type { OverviewReport } from '@/lib/reports/overview';

export interface OverviewPanelProps {
  report: OverviewReport | undefined;
  state: { isPending: boolean; error: Error | null; onRetry: () => void };
  search: string;
  timeZone: string;
}

const NO_EVENTS_HINT = (
  <p>
    No delivery attempts in this range. Widen the range or remove a filter; if nothing ever arrived,
    point GreenArrow at this dashboard with an <code>event_delivery_destination</code> whose{' '}
    <code>event_delivery_url</code> is{' '}
    <code>https://&lt;this host&gt;/api/events?token=&lt;secret&gt;</code>, or load sample data with{' '}
    <code>npm run demo</code>.
  </p>
);

function describeLength(range: { from: string; to: string }): string {
  const hours = Math.round((Date.parse(range.to) - Date.parse(range.from)) / 3_600_000);
  if (hours % 24 === 0 && hours >= 48) return `${hours / 24} days`;
  return hours === 1 ? 'hour' : `${hours} hours`;
}

export function TotalsPanel({ report, state, search, timeZone }: OverviewPanelProps) {
  const isEmpty = !report || Object.values(report.totals).every((count) => count === 0);
  return (
    <QueryPanel title="Attempts by status" {...state} isEmpty={isEmpty} empty={NO_EVENTS_HINT}>
      {report && (
        <>
          <StatusTotals
            totals={report.totals}
            previousTotals={report.previousTotals}
            search={search}
          />
          <p className="comparison-note">
            Changes compare with the {describeLength(report.range)} before.
          </p>
          <StatusSeriesChart
            points={report.series}
            bucket={report.range.bucket}
            timeZone={timeZone}
          />
        </>
      )}
    </QueryPanel>
  );
}

export function TopReasonsPanel({ report, state, search }: OverviewPanelProps) {
  const isEmpty =
    !report || report.topDeferralReasons.length + report.topFailureReasons.length === 0;
  return (
    <QueryPanel
      title="Top reasons"
      {...state}
      isEmpty={isEmpty}
      empty={<p>No deferrals or failures in this range: nothing to explain.</p>}
    >
      {report && (
        <div className="breakdown-grid">
          <TopReasons
            title="Deferral reasons"
            rows={report.topDeferralReasons}
            total={report.totals.deferral}
            search={search}
            fileName="top-deferral-reasons.csv"
          />
          <TopReasons
            title="Failure reasons"
            rows={report.topFailureReasons}
            total={report.totals.failure + report.totals.failure_toolong}
            search={search}
            fileName="top-failure-reasons.csv"
          />
        </div>
      )}
    </QueryPanel>
  );
}

export function TroublePanel({ report, state, search }: OverviewPanelProps) {
  const isEmpty = !report || report.troubleDomains.length + report.troubleSendingIps.length === 0;
  return (
    <QueryPanel
      title="Most trouble"
      {...state}
      isEmpty={isEmpty}
      empty={<p>No recipient domain or sending IP had deferrals or failures in this range.</p>}
    >
      {report && (
        <div className="breakdown-grid">
          <TroubleTable
            title="Recipient domains"
            dimension="domain"
            rows={report.troubleDomains}
            search={search}
          />
          <TroubleTable
            title="Sending IPs"
            dimension="sendingIp"
            rows={report.troubleSendingIps}
            search={search}
          />
        </div>
      )}
    </QueryPanel>
  );
}

export function LatestPanel({ report, state, search }: OverviewPanelProps) {
  return (
    <QueryPanel
      title="Latest attempts"
      {...state}
      isEmpty={!report || report.latest.length === 0}
      empty={<p>No attempts in this range match the filters.</p>}
    >
      {report && <LatestAttemptsTable attempts={report.latest} search={search} />}
    </QueryPanel>
  );
}
