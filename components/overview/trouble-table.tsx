'use client';

import Link from 'next/link';
import { formatCount } from '@/components/charts/chart-format';
import { CsvDownloadButton } from '@/components/csv-download-button';
import type { TroubleRow } from '@/lib/reports/breakdown-types';
import type { CsvColumn } from '@/lib/reports/csv';
import { hrefWith } from '@/lib/reports/report-links';

interface TroubleTableProps {
  title: string;
  dimension: 'domain' | 'sendingIp';
  rows: readonly TroubleRow[];
  search: string;
}

const HEADERS = { domain: 'Recipient domain', sendingIp: 'Sending IP' } as const;

function valueLink(dimension: TroubleTableProps['dimension'], value: string, search: string) {
  if (dimension === 'domain') return hrefWith(`/domains/${encodeURIComponent(value)}`, search);
  return hrefWith('/', search, { sendingIp: value });
}

/** Domains or sending IPs with the most deferrals and failures; every number drills down. */
export function TroubleTable({ title, dimension, rows, search }: TroubleTableProps) {
  const columns: CsvColumn<TroubleRow>[] = [
    { header: HEADERS[dimension], value: (row) => row.value || '(none)' },
    { header: 'Deferrals', value: (row) => row.deferrals },
    { header: 'Failures', value: (row) => row.failures },
    { header: 'Attempts', value: (row) => row.attempts },
  ];
  const filter = (value: string) => (value ? { [dimension]: value } : {});
  return (
    <div className="breakdown">
      <div className="breakdown-head">
        <h3>{title}</h3>
        <CsvDownloadButton fileName={`trouble-${dimension}.csv`} columns={columns} rows={rows} />
      </div>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{HEADERS[dimension]}</th>
            <th scope="col" className="numeric">
              Deferrals
            </th>
            <th scope="col" className="numeric">
              Failures
            </th>
            <th scope="col" className="numeric">
              Attempts
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.value}>
              <td>
                {row.value ? (
                  <Link href={valueLink(dimension, row.value, search)}>{row.value}</Link>
                ) : (
                  '(none)'
                )}
              </td>
              <td className="numeric">
                <Link href={hrefWith('/deferrals', search, filter(row.value))}>
                  {formatCount(row.deferrals)}
                </Link>
              </td>
              <td className="numeric">
                <Link href={hrefWith('/failures', search, filter(row.value))}>
                  {formatCount(row.failures)}
                </Link>
              </td>
              <td className="numeric">{formatCount(row.attempts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
