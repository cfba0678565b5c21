'use client';

import { usePathname } from 'next/navigation';
import { breakdownLink } from '@/components/breakdowns/breakdown-links';
import { BreakdownTable } from '@/components/breakdowns/breakdown-table';
import { ReasonTrend } from '@/components/breakdowns/reason-trend';
import { formatCount } from '@/components/charts/chart-format';
import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { useBreakdownQuery } from '@/components/hooks/use-breakdown-query';
import { QueryPanel } from '@/components/query-panel';
import { STATUS_LABELS } from '@/lib/greenarrow/delivery-status';
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from '@/lib/reports/breakdown-types';
import { formatChange } from '@/lib/reports/period-change';
import type { StatusSetName } from '@/lib/reports/status-sets';

const TITLES: Record<StatusSetName, string> = { deferrals: 'Deferrals', failures: 'Failures' };

const DIMENSION_TITLES: Record<BreakdownDimension, string> = {
  reason: 'Reason',
  category: 'Category',
  enhancedCode: 'Enhanced status code',
  smtpCode: 'SMTP code',
  provider: 'Mailbox provider',
  domain: 'Recipient domain',
  sendingIp: 'Sending IP',
  virtualMta: 'VirtualMTA',
  sendId: 'Send id',
};

/** The deferral and failure pages: one container, parameterised by its status set. */
export function BreakdownPage({ set }: { set: StatusSetName }) {
  const search = useReportSearch();
  const pathname = usePathname();
  const breakdown = useBreakdownQuery(set, search.apiSearch, search.refetchInterval);
  const report = breakdown.data;
  const state = {
    isPending: breakdown.isPending,
    error: breakdown.error,
    onRetry: () => void breakdown.refetch(),
    isEmpty: !report || report.total === 0,
  };
  const noun = TITLES[set].toLowerCase();
  const empty = (
    <p>No {noun} in this range and these filters. Widen the range or remove a filter above.</p>
  );
  return (
    <>
      <FilterBar title={TITLES[set]} />
      <QueryPanel title={`${TITLES[set]} over time`} {...state} empty={empty}>
        {report && (
          <>
            <p className="summary-line">
              <strong data-testid="breakdown-total">{formatCount(report.total)}</strong> {noun} (
              {report.statuses.map((status) => STATUS_LABELS[status]).join(', ')}),{' '}
              <span data-testid="breakdown-change">
                {formatChange(report.total, report.previousTotal)}
              </span>{' '}
              against the period before.
            </p>
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
                title={`By ${DIMENSION_TITLES[dimension].toLowerCase()}`}
                valueHeader={DIMENSION_TITLES[dimension]}
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
