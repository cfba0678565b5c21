'use client';

import Link from 'next/link';
import { FilterLink } from '@/components/log/filter-link';
import { STATUS_LABELS, isDeliveryStatus } from '@/lib/greenarrow/delivery-status';
import type { LogAttempt } from '@/lib/queries/attempt-log';
import type { CsvColumn } from '@/lib/reports/csv';
import { formatAttemptTime, viewTimeZone } from '@/lib/reports/attempt-time';
import { hrefWith, withoutFilter } from '@/lib/reports/report-links';

/** The table's columns as CSV, times in the view's time zone as on screen. */
export const attemptCsvColumns = (timeZone: string): CsvColumn<LogAttempt>[] => [
  { header: `Time (${timeZone})`, value: (row) => formatAttemptTime(row.attemptedAt, timeZone) },
  { header: 'Status', value: (row) => row.status },
  { header: 'Retry', value: (row) => (row.isRetry ? 'yes' : 'no') },
  { header: 'Recipient', value: (row) => row.recipient },
  { header: 'Recipient domain', value: (row) => row.recipientDomain },
  { header: 'Sending IP', value: (row) => row.sendingIp },
  { header: 'VirtualMTA', value: (row) => row.virtualMta },
  { header: 'Category', value: (row) => row.category },
  { header: 'Reason', value: (row) => row.reason },
  { header: 'Message', value: (row) => row.message },
];

interface AttemptLogTableProps {
  attempts: LogAttempt[];
  /** The view's query string, kept by every link. */
  search: string;
  /** Where value links filter: the log itself, or the page showing the table. */
  pathname: string;
  reset?: readonly string[];
}

// Recipients and remote replies are attacker-controlled: React text only.
export function AttemptLogTable({ attempts, search, pathname, reset }: AttemptLogTableProps) {
  const cell = { search, pathname, reset };
  const timeZone = viewTimeZone(search);
  return (
    <div className="table-scroll">
      <table className="data-table attempt-log">
        <thead>
          <tr>
            <th scope="col">Time ({timeZone})</th>
            <th scope="col">Status</th>
            <th scope="col">Recipient</th>
            <th scope="col">Sending IP / VirtualMTA</th>
            <th scope="col">Category / reason</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => (
            <tr key={attempt.id}>
              <td className="nowrap">
                <Link href={attemptHref(attempt.id, search)} aria-label={`Attempt ${attempt.id}`}>
                  {formatAttemptTime(attempt.attemptedAt, timeZone)}
                </Link>
                {attempt.isRetry && <span className="retry-mark"> retry</span>}
              </td>
              <td>
                <span className={`status status-${attempt.status}`}>
                  <FilterLink
                    {...cell}
                    name="status"
                    value={attempt.status}
                    label={
                      isDeliveryStatus(attempt.status)
                        ? STATUS_LABELS[attempt.status]
                        : attempt.status
                    }
                  />
                </span>
              </td>
              <td className="recipient">
                <span>{attempt.recipient}</span>
                <br />
                <Link href={domainHref(attempt.recipientDomain, search)}>
                  {attempt.recipientDomain}
                </Link>
              </td>
              <td>
                <FilterLink {...cell} name="sendingIp" value={attempt.sendingIp} />
                <br />
                <FilterLink {...cell} name="virtualMta" value={attempt.virtualMta} />
              </td>
              <td>
                <FilterLink {...cell} name="category" value={attempt.category} />
                <br />
                <FilterLink {...cell} name="reason" value={attempt.reason} />
              </td>
              <td className="message">{attempt.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A domain's page keeps the view's range and other filters; the domain is its path. */
export function domainHref(domain: string, search: string): string {
  return hrefWith(`/domains/${encodeURIComponent(domain)}`, withoutFilter(search, 'domain'));
}

/** An attempt's page keeps the whole log view (cursor included), so Back returns to it. */
export function attemptHref(id: number, search: string): string {
  return search ? `/events/${id}?${search}` : `/events/${id}`;
}
