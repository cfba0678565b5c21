'use client';

import type { ReactNode } from 'react';
import {
  MX_HOST_COLUMNS,
  RETRY_COLUMNS,
  reasonColumns,
  sendingIpColumns,
} from '@/components/domains/breakdown-columns';
import { DataTable } from '@/components/domains/data-table';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { attemptCsvColumns, AttemptLogTable } from '@/components/log/attempt-log-table';
import { QueryPanel } from '@/components/query-panel';
import { viewTimeZone } from '@/lib/reports/attempt-time';
import type { DomainDetailReport } from '@/lib/reports/domain-detail';
import { withFilter } from '@/lib/reports/report-links';

const NOTHING = (
  <p>No attempts to this domain under these filters. Widen the time range or remove a filter.</p>
);

export interface DomainPanelState {
  report: DomainDetailReport | undefined;
  isPending: boolean;
  error: Error | null;
  onRetry: () => void;
}

/** One panel of the domain page: shared loading, error and empty handling. */
export function DomainPanel(
  props: DomainPanelState & { title: string; isEmpty: boolean; children: ReactNode },
) {
  const { title, isEmpty, isPending, error, onRetry, children } = props;
  return (
    <QueryPanel
      title={title}
      isPending={isPending}
      error={error}
      isEmpty={isEmpty}
      empty={NOTHING}
      onRetry={onRetry}
    >
      {children}
    </QueryPanel>
  );
}

interface BreakdownPanelsProps {
  state: DomainPanelState;
  domain: string;
  search: string;
  pathname: string;
}

/** Reasons, sending IPs, MX hosts, retries and the latest attempts of one domain. */
export function DomainBreakdownPanels({ state, domain, search, pathname }: BreakdownPanelsProps) {
  const { report } = state;
  const fileName = (table: string) => `${domain}-${table}.csv`;
  const pairKey = (row: { value: string; detail: string }) => `${row.value}|${row.detail}`;
  return (
    <>
      <DomainPanel {...state} title="Reasons" isEmpty={!report?.reasons.length}>
        {report && (
          <DataTable
            caption="Reasons"
            columns={reasonColumns(search, pathname, withFilter(search, 'domain', domain))}
            rows={report.reasons}
            rowKey={pairKey}
            fileName={fileName('reasons')}
          />
        )}
      </DomainPanel>
      <DomainPanel {...state} title="Sending IPs" isEmpty={!report?.sendingIps.length}>
        {report && (
          <DataTable
            caption="Sending IPs"
            columns={sendingIpColumns(search, pathname)}
            rows={report.sendingIps}
            rowKey={pairKey}
            fileName={fileName('sending-ips')}
          />
        )}
      </DomainPanel>
      <DomainPanel {...state} title="MX hosts" isEmpty={!report?.mxHosts.length}>
        {report && (
          <DataTable
            caption="MX hosts"
            columns={MX_HOST_COLUMNS}
            rows={report.mxHosts}
            rowKey={(row) => `${row.mxHostname}|${row.mxIp}`}
            fileName={fileName('mx-hosts')}
          />
        )}
      </DomainPanel>
      <DomainPanel {...state} title="First attempts and retries" isEmpty={!report?.retries.length}>
        {report && (
          <DataTable
            caption="First attempts and retries"
            columns={RETRY_COLUMNS}
            rows={report.retries}
            rowKey={(row) => row.value}
            fileName={fileName('retries')}
          />
        )}
      </DomainPanel>
      <DomainPanel {...state} title="Latest attempts" isEmpty={!report?.latest.length}>
        {report && (
          <>
            <div className="panel-actions">
              <span className="muted">{report.latest.length} newest</span>
              <CsvDownloadButton
                fileName={fileName('latest')}
                columns={attemptCsvColumns(viewTimeZone(search))}
                rows={report.latest}
              />
            </div>
            <AttemptLogTable attempts={report.latest} search={search} pathname={pathname} />
          </>
        )}
      </DomainPanel>
    </>
  );
}
