'use client';

import Link from 'next/link';
import {
  MX_HOST_COLUMNS,
  RETRY_COLUMNS,
  reasonColumns,
  sendingIpColumns,
} from '@/components/domains/breakdown-columns';
import { DataTable } from '@/components/domains/data-table';
import { DomainRateChart } from '@/components/domains/domain-rate-chart';
import { DomainSummary } from '@/components/domains/domain-summary';
import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { useDomainQuery } from '@/components/hooks/use-domain-query';
import { ATTEMPT_CSV_COLUMNS, AttemptLogTable } from '@/components/log/attempt-log-table';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { QueryPanel } from '@/components/query-panel';
import { rateSeries, ratesOf } from '@/lib/reports/domain-rates';
import { hrefWith } from '@/lib/reports/report-links';

const NOTHING = (
  <p>No attempts to this domain under these filters. Widen the time range or remove a filter.</p>
);

export function DomainPage({ domain }: { domain: string }) {
  const view = useReportSearch();
  const query = useDomainQuery(domain, view.apiSearch, view.refetchInterval);
  const report = query.data;
  const search = view.params.toString();
  const pathname = `/domains/${encodeURIComponent(domain)}`;
  const hasAttempts = report !== undefined && ratesOf(report.totals).attempts > 0;
  const panel = (title: string, isEmpty: boolean) => ({
    title,
    isPending: query.isPending,
    error: query.error,
    isEmpty,
    empty: NOTHING,
    onRetry: () => void query.refetch(),
  });
  const fileName = (table: string) => `${domain}-${table}.csv`;

  return (
    <>
      <FilterBar title={domain} fixed={['domain']} />
      <p className="muted">
        <Link href={hrefWith('/domains', search)}>← All domains</Link> ·{' '}
        <Link href={hrefWith('/events', search, { domain })}>
          Every attempt to {domain} in the log
        </Link>
      </p>
      <QueryPanel {...panel('Rates over time', !hasAttempts)}>
        {report && (
          <>
            <DomainSummary rates={ratesOf(report.totals)} delay={report.delay} />
            <DomainRateChart points={rateSeries(report.series)} bucket={report.range.bucket} />
          </>
        )}
      </QueryPanel>
      <QueryPanel {...panel('Reasons', !report?.reasons.length)}>
        {report && (
          <DataTable
            caption="Reasons"
            columns={reasonColumns(search, pathname)}
            rows={report.reasons}
            rowKey={(row) => `${row.value}|${row.detail}`}
            fileName={fileName('reasons')}
          />
        )}
      </QueryPanel>
      <div className="panel-grid">
        <QueryPanel {...panel('Sending IPs', !report?.sendingIps.length)}>
          {report && (
            <DataTable
              caption="Sending IPs"
              columns={sendingIpColumns(search, pathname)}
              rows={report.sendingIps}
              rowKey={(row) => `${row.value}|${row.detail}`}
              fileName={fileName('sending-ips')}
            />
          )}
        </QueryPanel>
        <QueryPanel {...panel('MX hosts', !report?.mxHosts.length)}>
          {report && (
            <DataTable
              caption="MX hosts"
              columns={MX_HOST_COLUMNS}
              rows={report.mxHosts}
              rowKey={(row) => `${row.mxHostname}|${row.mxIp}`}
              fileName={fileName('mx-hosts')}
            />
          )}
        </QueryPanel>
      </div>
      <QueryPanel {...panel('First attempts and retries', !report?.retries.length)}>
        {report && (
          <DataTable
            caption="First attempts and retries"
            columns={RETRY_COLUMNS}
            rows={report.retries}
            rowKey={(row) => row.value}
            fileName={fileName('retries')}
          />
        )}
      </QueryPanel>
      <QueryPanel {...panel('Latest attempts', !report?.latest.length)}>
        {report && (
          <>
            <div className="panel-actions">
              <span className="muted">{report.latest.length} newest</span>
              <CsvDownloadButton
                fileName={fileName('latest')}
                columns={ATTEMPT_CSV_COLUMNS}
                rows={report.latest}
              />
            </div>
            <AttemptLogTable attempts={report.latest} search={search} pathname={pathname} />
          </>
        )}
      </QueryPanel>
    </>
  );
}
