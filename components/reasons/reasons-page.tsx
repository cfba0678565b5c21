'use client';

import { BreakdownTable } from '@/components/breakdowns/breakdown-table';
import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { useReasonsQuery } from '@/components/hooks/use-reasons-query';
import { CatalogueTable } from '@/components/reasons/catalogue-table';
import { FingerprintTable } from '@/components/reasons/fingerprint-table';
import { RuleTable } from '@/components/reasons/rule-table';
import { QueryPanel } from '@/components/query-panel';
import { formatCount } from '@/components/charts/chart-format';
import { hrefWith } from '@/lib/reports/report-links';

function bySeen<Row extends { attempts: number }>(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => b.attempts - a.attempts);
}

/** The catalogue as a page: every message and rule with its count, and the gaps. */
export function ReasonsPage() {
  const search = useReportSearch();
  const reasons = useReasonsQuery(search.apiSearch, search.refetchInterval);
  const report = reasons.data;
  const query = search.apiSearch;
  const state = {
    isPending: reasons.isPending,
    error: reasons.error,
    onRetry: () => void reasons.refetch(),
  };
  const categories = (report?.categories ?? []).map((c) => ({
    value: c.id,
    label: c.label,
    attempts: c.attempts,
  }));
  const categoryTotal = categories.reduce((sum, row) => sum + row.attempts, 0);
  return (
    <>
      <FilterBar title="Reasons" />
      <QueryPanel
        title="Unrecognised messages"
        {...state}
        isEmpty={!report || report.unrecognised.groups.length === 0}
        empty={<p>Every message in this range was recognised by a catalogue entry or a rule.</p>}
      >
        {report && (
          <>
            <p className="summary-line">
              <strong data-testid="unrecognised-total">
                {formatCount(report.unrecognised.attempts)}
              </strong>{' '}
              attempts had a message or remote reply that no rule explains.
            </p>
            <FingerprintTable
              rows={report.unrecognised.groups}
              fileName="unrecognised-messages.csv"
              sampleLimit={report.unrecognised.sampleLimit}
            />
          </>
        )}
      </QueryPanel>
      <QueryPanel title="Categories" {...state} isEmpty={false} empty={null}>
        <BreakdownTable
          title="Attempts by category"
          valueHeader="Category"
          rows={categories}
          total={categoryTotal}
          fileName="categories.csv"
          showId
          linkFor={(row) => hrefWith('/', query, { category: row.value })}
        />
      </QueryPanel>
      <QueryPanel title="Provider rules" {...state} isEmpty={false} empty={null}>
        {report && <RuleTable rows={bySeen(report.rules)} search={query} />}
      </QueryPanel>
      <QueryPanel title="GreenArrow messages" {...state} isEmpty={false} empty={null}>
        {report && <CatalogueTable rows={bySeen(report.catalogue)} search={query} />}
      </QueryPanel>
      {report && report.stray.length > 0 && (
        <QueryPanel
          title="Reasons the classifier no longer knows"
          {...state}
          isEmpty={false}
          empty={null}
        >
          <BreakdownTable
            title="Stored under an older classifier"
            valueHeader="Reason"
            rows={report.stray}
            total={report.stray.reduce((sum, row) => sum + row.attempts, 0)}
            fileName="stray-reasons.csv"
            linkFor={(row) => hrefWith(`/reasons/${encodeURIComponent(row.value)}`, query)}
          />
        </QueryPanel>
      )}
    </>
  );
}
