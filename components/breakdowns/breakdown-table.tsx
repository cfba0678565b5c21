'use client';

import Link from 'next/link';
import { formatCount } from '@/components/charts/chart-format';
import { CsvDownloadButton } from '@/components/csv-download-button';
import type { BreakdownRow } from '@/lib/reports/breakdown-types';
import type { CsvColumn } from '@/lib/reports/csv';

interface BreakdownTableProps {
  title: string;
  valueHeader: string;
  rows: readonly BreakdownRow[];
  total: number;
  fileName: string;
  /** Where a row drills down to; null when it cannot be filtered on (no value). */
  linkFor: (row: BreakdownRow) => string | null;
  /** Shows the raw id beside the label (reasons, categories). */
  showId?: boolean;
}

function share(attempts: number, total: number): string {
  return total === 0 ? '–' : `${((attempts / total) * 100).toFixed(1)} %`;
}

/** One breakdown: value, attempts and share, each value a drill-down, with CSV export. */
export function BreakdownTable(props: BreakdownTableProps) {
  const { title, valueHeader, rows, total, fileName, linkFor, showId = false } = props;
  const columns: CsvColumn<BreakdownRow>[] = [
    { header: valueHeader, value: (row) => row.label },
    ...(showId ? [{ header: 'Id', value: (row: BreakdownRow) => row.value }] : []),
    { header: 'Attempts', value: (row) => row.attempts },
    { header: 'Share', value: (row) => share(row.attempts, total) },
  ];
  return (
    <div className="breakdown">
      <div className="breakdown-head">
        <h3>{title}</h3>
        <CsvDownloadButton fileName={fileName} columns={columns} rows={rows} />
      </div>
      {rows.length === 0 ? (
        <p className="panel-empty">None in this range.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{valueHeader}</th>
              <th scope="col" className="numeric">
                Attempts
              </th>
              <th scope="col" className="numeric">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <BreakdownTableRow
                key={row.value}
                row={row}
                total={total}
                href={linkFor(row)}
                showId={showId}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

interface RowProps {
  row: BreakdownRow;
  total: number;
  href: string | null;
  showId: boolean;
}

function BreakdownTableRow({ row, total, href, showId }: RowProps) {
  return (
    <tr>
      <td>
        {href ? <Link href={href}>{row.label}</Link> : row.label}
        {showId && row.value && row.value !== row.label && (
          <code className="row-id">{row.value}</code>
        )}
      </td>
      <td className="numeric">{formatCount(row.attempts)}</td>
      <td className="numeric">{share(row.attempts, total)}</td>
    </tr>
  );
}
