'use client';

import Link from 'next/link';
import {
  DomainBreakdownPanels,
  DomainPanel,
  type DomainPanelState,
} from '@/components/domains/domain-panels';
import { DomainRateChart } from '@/components/domains/domain-rate-chart';
import { DomainSummary } from '@/components/domains/domain-summary';
import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { useDomainQuery } from '@/components/hooks/use-domain-query';
import { useShareView } from '@/components/share/share-view-context';
import { viewTimeZone } from '@/lib/reports/attempt-time';
import { rateSeries, ratesOf } from '@/lib/reports/domain-rates';
import { hrefWith } from '@/lib/reports/report-links';

export function DomainPage({ domain }: { domain: string }) {
  const view = useReportSearch();
  const query = useDomainQuery(domain, view.apiSearch, view.refetchInterval);
  const report = query.data;
  const search = view.params.toString();
  const state: DomainPanelState = {
    report,
    isPending: query.isPending,
    error: query.error,
    onRetry: () => void query.refetch(),
  };
  const hasAttempts = report !== undefined && ratesOf(report.totals).attempts > 0;
  // A shared view is this page alone: the domain list and the log are the team's.
  const shared = useShareView() !== null;

  return (
    <>
      <FilterBar title={domain} fixed={['domain']} />
      {!shared && (
        <p className="muted">
          <Link href={hrefWith('/domains', search)}>← All domains</Link> ·{' '}
          <Link href={hrefWith('/events', search, { domain })}>
            Every attempt to {domain} in the log
          </Link>
        </p>
      )}
      <DomainPanel {...state} title="Rates over time" isEmpty={!hasAttempts}>
        {report && (
          <>
            <DomainSummary rates={ratesOf(report.totals)} delay={report.delay} />
            <DomainRateChart
              points={rateSeries(report.series)}
              bucket={report.range.bucket}
              timeZone={viewTimeZone(search)}
            />
          </>
        )}
      </DomainPanel>
      <DomainBreakdownPanels
        state={state}
        domain={domain}
        search={search}
        pathname={`/domains/${encodeURIComponent(domain)}`}
      />
    </>
  );
}
