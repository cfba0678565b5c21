'use client';

import { DataTable } from '@/components/domains/data-table';
import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { useIngestionQuery } from '@/components/hooks/use-ingestion-query';
import {
  otherEventColumns,
  rejectedExampleColumns,
  rejectedReasonColumns,
} from '@/components/ingestion/ingestion-columns';
import { IngestChart } from '@/components/ingestion/ingest-chart';
import { IngestionSummary } from '@/components/ingestion/ingestion-summary';
import { QueryPanel } from '@/components/query-panel';
import { viewTimeZone } from '@/lib/reports/attempt-time';
import { FILTER_NAMES } from '@/lib/reports/report-filters';

const NOT_YET = (
  <p>
    Nothing has reached the webhook in this range. Check that GreenArrow&apos;s{' '}
    <code>event_delivery_url</code> points at <code>/api/events?token=&lt;secret&gt;</code> and that
    the dashboard is reachable from the GreenArrow server.
  </p>
);

export function IngestionPage() {
  const view = useReportSearch();
  // Only the range applies here: other events and rejects have no domain or IP to filter by.
  const range = new URLSearchParams(view.apiSearch);
  for (const name of FILTER_NAMES) range.delete(name);
  const search = range.toString();
  const timeZone = viewTimeZone(search);
  const query = useIngestionQuery(search, view.refetchInterval);
  const report = query.data;
  const panel = (title: string, isEmpty: boolean, empty = NOT_YET) => ({
    title,
    isPending: query.isPending,
    error: query.error,
    isEmpty,
    empty,
    onRetry: () => void query.refetch(),
  });

  return (
    <>
      <FilterBar title="Ingestion health" fixed={FILTER_NAMES} />
      <QueryPanel
        {...panel(
          'Events received',
          !report || (report.lastEventAt === null && report.totals.batches === 0),
        )}
      >
        {report && (
          <>
            <IngestionSummary report={report} now={query.dataUpdatedAt} />
            <IngestChart points={report.series} step={report.range.step} timeZone={timeZone} />
          </>
        )}
      </QueryPanel>
      <div className="panel-grid">
        <QueryPanel
          {...panel(
            'Other event types',
            !report?.otherEvents.length,
            <p>Only delivery_attempt events arrived in this range.</p>,
          )}
        >
          {report && (
            <DataTable
              caption="Other event types"
              columns={otherEventColumns(timeZone)}
              rows={report.otherEvents}
              rowKey={(row) => row.eventType}
              fileName="other-events.csv"
            />
          )}
        </QueryPanel>
        <QueryPanel
          {...panel(
            'Rejected events by reason',
            !report?.rejectedReasons.length,
            <p>No event was rejected in this range.</p>,
          )}
        >
          {report && (
            <DataTable
              caption="Rejected events by reason"
              columns={rejectedReasonColumns(timeZone)}
              rows={report.rejectedReasons}
              rowKey={(row) => row.reason}
              fileName="rejected-reasons.csv"
            />
          )}
        </QueryPanel>
      </div>
      <QueryPanel
        {...panel(
          'Latest rejected events',
          !report?.rejectedExamples.length,
          <p>No event was rejected in this range.</p>,
        )}
      >
        {report && (
          <DataTable
            caption="Latest rejected events"
            columns={rejectedExampleColumns(timeZone)}
            rows={report.rejectedExamples}
            rowKey={(row) => String(row.id)}
            fileName="rejected-examples.csv"
          />
        )}
      </QueryPanel>
    </>
  );
}
