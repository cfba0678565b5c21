'use client';

import { StatusSeriesChart } from '@/components/charts/status-series-chart';
import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { panelState } from '@/components/hooks/report-query';
import { useReasonQuery } from '@/components/hooks/use-reason-query';
import { FingerprintTable } from '@/components/reasons/fingerprint-table';
import { ReasonPlaces } from '@/components/reasons/reason-places';
import { ReasonSummary, ReasonTemplates } from '@/components/reasons/reason-summary';
import { QueryPanel } from '@/components/query-panel';

/** One reason: what it means, where it came from, its replies, where it hits, its trend. */
export function ReasonDetailPage({ id }: { id: string }) {
  const search = useReportSearch();
  const reason = useReasonQuery(id, search.apiSearch, search.refetchInterval);
  const report = reason.data;
  const query = search.apiSearch;
  const state = panelState(reason);
  const total = report ? Object.values(report.totals).reduce((sum, count) => sum + count, 0) : 0;
  const empty = (
    <p>No attempts with this reason in this range. Widen the range or remove a filter.</p>
  );
  return (
    <>
      <FilterBar title={report?.reason.title ?? id} fixed={['reason']} />
      <QueryPanel title="Explanation" {...state} isEmpty={false} empty={null}>
        {report && <ReasonSummary report={report} />}
      </QueryPanel>
      <QueryPanel title="GreenArrow template" {...state} isEmpty={false} empty={null}>
        {report && <ReasonTemplates report={report} />}
      </QueryPanel>
      <QueryPanel title="Trend" {...state} isEmpty={total === 0} empty={empty}>
        {report && (
          <StatusSeriesChart
            points={report.series}
            bucket={report.range.bucket}
            timeZone={search.params.get('tz') ?? 'UTC'}
          />
        )}
      </QueryPanel>
      <QueryPanel
        title="Replies by fingerprint"
        {...state}
        isEmpty={!report || report.fingerprints.length === 0}
        empty={empty}
      >
        {report && (
          <FingerprintTable
            rows={report.fingerprints}
            fileName={`${id}-replies.csv`}
            sampleLimit={report.sampleLimit}
          />
        )}
      </QueryPanel>
      <QueryPanel title="Where it happens" {...state} isEmpty={total === 0} empty={empty}>
        {report && <ReasonPlaces report={report} total={total} search={query} />}
      </QueryPanel>
    </>
  );
}
