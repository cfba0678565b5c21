'use client';

import { usePathname } from 'next/navigation';
import { breakdownLink } from '@/components/breakdowns/breakdown-links';
import { BreakdownSummary } from '@/components/breakdowns/breakdown-summary';
import { BreakdownTable } from '@/components/breakdowns/breakdown-table';
import { ReasonTrend } from '@/components/breakdowns/reason-trend';
import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { panelState } from '@/components/hooks/report-query';
import { useBreakdownQuery } from '@/components/hooks/use-breakdown-query';
import { QueryPanel } from '@/components/query-panel';
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from '@/lib/reports/breakdown-types';
import { STATUS_SETS, type StatusSetName } from '@/lib/reports/status-sets';

const TITLES: Record<StatusSetName, string> = { deferrals: 'Deferrals', failures: 'Failures' };

const DIMENSIONS: Record<BreakdownDimension, { title: string; header: string }> = {
  reason: { title: 'By reason', header: 'Reason' },
  category: { title: 'By category', header: 'Category' },
  enhancedCode: { title: 'By enhanced status code', header: 'Enhanced status code' },
  smtpCode: { title: 'By SMTP code', header: 'SMTP code' },
  provider: { title: 'By mailbox provider', header: 'Mailbox provider' },
  domain: { title: 'By recipient domain', header: 'Recipient domain' },
  sendingIp: { title: 'By sending IP', header: 'Sending IP' },
  virtualMta: { title: 'By VirtualMTA', header: 'VirtualMTA' },
  sendId: { title: 'By send id', header: 'Send id' },
};

/** The deferral and failure pages: one container, parameterised by its status set. */
export function BreakdownPage({ set }: { set: StatusSetName }) {
  const search = useReportSearch();
  const pathname = usePathname();
  const breakdown = useBreakdownQuery(set, search.apiSearch, search.refetchInterval);
  const report = breakdown.data;
  const state = { ...panelState(breakdown), isEmpty: !report || report.total === 0 };
  const noun = TITLES[set].toLowerCase();
  const empty = (
    <p>No {noun} in this range and these filters. Widen the range or remove a filter above.</p>
  );
  return (
    <>
      <FilterBar title={TITLES[set]} statuses={STATUS_SETS[set]} />
      <QueryPanel title={`${TITLES[set]} over time`} {...state} empty={empty}>
        {report && (
          <>
            <BreakdownSummary report={report} noun={noun} />
            <ReasonTrend
              series={report.reasonSeries}
              bucket={report.range.bucket}
              timeZone={search.params.get('tz') ?? 'UTC'}
            />
          </>
        )}
      </QueryPanel>
      <QueryPanel title={`${TITLES[set]} by dimension`} {...state} empty={empty}>
        {report && (
          <div className="breakdown-grid">
            {BREAKDOWN_DIMENSIONS.map((dimension) => (
              <BreakdownTable
                key={dimension}
                title={DIMENSIONS[dimension].title}
                valueHeader={DIMENSIONS[dimension].header}
                rows={report.dimensions[dimension]}
                total={report.total}
                fileName={`${set}-by-${dimension}.csv`}
                showId={dimension === 'reason' || dimension === 'category'}
                linkFor={(row) => breakdownLink(pathname, search.apiSearch, dimension, row)}
              />
            ))}
          </div>
        )}
      </QueryPanel>
    </>
  );
}
