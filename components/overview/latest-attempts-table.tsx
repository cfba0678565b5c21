import Link from 'next/link';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { STATUS_LABELS, isDeliveryStatus } from '@/lib/greenarrow/delivery-status';
import type { LatestAttempt } from '@/lib/queries/latest-attempts';
import type { CsvColumn } from '@/lib/reports/csv';
import { hrefWith } from '@/lib/reports/report-links';

const statusLabel = (status: string) => (isDeliveryStatus(status) ? STATUS_LABELS[status] : status);
const time = (attempt: LatestAttempt) => attempt.attemptedAt.replace('T', ' ').slice(0, 19);

const COLUMNS: CsvColumn<LatestAttempt>[] = [
  { header: 'Time (UTC)', value: time },
  { header: 'Status', value: (attempt) => statusLabel(attempt.status) },
  { header: 'Recipient domain', value: (attempt) => attempt.recipientDomain },
  { header: 'Sending IP', value: (attempt) => attempt.sendingIp },
  { header: 'Category', value: (attempt) => attempt.category },
  { header: 'Message', value: (attempt) => attempt.message },
];

interface LatestAttemptsTableProps {
  attempts: LatestAttempt[];
  search: string;
}

// Remote replies are attacker-controlled: they are rendered as React text only.
export function LatestAttemptsTable({ attempts, search }: LatestAttemptsTableProps) {
  return (
    <>
      <div className="breakdown-head">
        <p className="panel-note">
          The newest {attempts.length === 1 ? 'attempt' : `${attempts.length} attempts`} matching
          the filters.
        </p>
        <CsvDownloadButton fileName="latest-attempts.csv" columns={COLUMNS} rows={attempts} />
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th scope="col" key={column.header}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {attempts.map((attempt) => (
              <tr key={attempt.id}>
                <td className="nowrap">{time(attempt)}</td>
                <td>
                  <span className={`status status-${attempt.status}`}>
                    {statusLabel(attempt.status)}
                  </span>
                </td>
                <td>
                  <Link href={hrefWith('/', search, { domain: attempt.recipientDomain })}>
                    {attempt.recipientDomain}
                  </Link>
                </td>
                <td>{attempt.sendingIp ?? '–'}</td>
                <td>{attempt.category ?? '–'}</td>
                <td className="message">{attempt.message ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
