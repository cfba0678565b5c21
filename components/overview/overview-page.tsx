'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { StatusSeriesChart } from '@/components/charts/status-series-chart';
import { useOverviewQuery } from '@/components/hooks/use-overview-query';
import { LatestAttemptsTable } from '@/components/overview/latest-attempts-table';
import { StatusTotals } from '@/components/overview/status-totals';
import { QueryPanel } from '@/components/query-panel';
import { RANGE_PRESETS } from '@/lib/reports/report-range';

const NO_EVENTS_HINT = (
  <p>
    No delivery attempts in this range. Point GreenArrow at this dashboard with an{' '}
    <code>event_delivery_destination</code> whose <code>event_delivery_url</code> is{' '}
    <code>https://&lt;this host&gt;/api/events?token=&lt;secret&gt;</code>, or load sample data with{' '}
    <code>npm run demo</code>.
  </p>
);

export function OverviewPage() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const range = params.get('range') ?? '24h';
  const search = new URLSearchParams(params.toString());
  const overview = useOverviewQuery(search.toString());
  const report = overview.data;
  const isEmpty = !report || Object.values(report.totals).every((count) => count === 0);

  const chooseRange = (preset: string) => {
    const next = new URLSearchParams(params.toString());
    next.set('range', preset);
    next.delete('from');
    next.delete('to');
    router.replace(`${pathname}?${next.toString()}`);
  };

  return (
    <>
      <div className="toolbar">
        <h1>Overview</h1>
        <div role="group" aria-label="Time range" className="range-picker">
          {Object.keys(RANGE_PRESETS).map((preset) => (
            <button key={preset} type="button" aria-pressed={preset === range} onClick={() => chooseRange(preset)}>
              {preset}
            </button>
          ))}
        </div>
      </div>
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
