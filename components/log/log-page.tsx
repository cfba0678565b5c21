'use client';

import Link from 'next/link';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { useAttemptLogQuery } from '@/components/hooks/use-attempt-log-query';
import { attemptCsvColumns, AttemptLogTable } from '@/components/log/attempt-log-table';
import { LogFilterForm } from '@/components/log/log-filter-form';
import { usePositionReset } from '@/components/log/use-position-reset';
import { QueryPanel } from '@/components/query-panel';
import { viewTimeZone } from '@/lib/reports/attempt-time';
import { logApiSearch } from '@/lib/reports/drilldown-search';
import { withParam } from '@/lib/reports/report-links';

const EMPTY_HINT = (
  <p>
    No attempt matches these filters in this range. Widen the time range, remove a filter chip, or
    check the <Link href="/ingestion">ingestion page</Link> to see whether events are arriving.
  </p>
);

export function LogPage() {
  const view = useReportSearch();
  const apiSearch = logApiSearch(view.params);
  usePositionReset(view, apiSearch, 'cursor');
  const log = useAttemptLogQuery(apiSearch, view.refetchInterval);
  const report = log.data;
  const search = view.params.toString();
  const onLaterPage = view.params.has('cursor');

  return (
    <>
      <FilterBar title="Log" />
      <LogFilterForm view={view} />
      <QueryPanel
        title="Attempts"
        isPending={log.isPending}
        error={log.error}
        isEmpty={!report || report.attempts.length === 0}
        empty={EMPTY_HINT}
        onRetry={() => void log.refetch()}
      >
        {report && (
          <>
            <div className="panel-actions">
              <span className="muted">
                {onLaterPage ? 'Older attempts' : 'Newest attempts'}, {report.attempts.length} shown
              </span>
              <CsvDownloadButton
                fileName="attempts.csv"
                columns={attemptCsvColumns(viewTimeZone(search))}
                rows={report.attempts}
              />
            </div>
            <AttemptLogTable
              attempts={report.attempts}
              search={search}
              pathname="/events"
              reset={['cursor']}
            />
            <nav className="pager" aria-label="Log pages">
              {onLaterPage && (
                <Link href={`/events?${withParam(search, 'cursor', null)}`}>← Newest</Link>
              )}
              {report.nextCursor && (
                <Link href={`/events?${withParam(search, 'cursor', report.nextCursor)}`} rel="next">
                  Older →
                </Link>
              )}
            </nav>
          </>
        )}
      </QueryPanel>
    </>
  );
}
