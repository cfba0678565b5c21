'use client';

import { formatCount } from '@/components/charts/chart-format';
import { CsvDownloadButton } from '@/components/csv-download-button';
import type { FingerprintGroup } from '@/lib/queries/reason-fingerprints';
import type { CsvColumn } from '@/lib/reports/csv';

const COLUMNS: CsvColumn<FingerprintGroup>[] = [
  { header: 'Fingerprint', value: (row) => row.fingerprint },
  { header: 'Example reply', value: (row) => row.example },
  { header: 'GreenArrow message', value: (row) => row.catalogueEntry },
  { header: 'Statuses', value: (row) => row.statuses.join(' ') },
  { header: 'Last seen', value: (row) => row.lastSeen },
  { header: 'Attempts', value: (row) => row.attempts },
];

interface FingerprintTableProps {
  rows: readonly FingerprintGroup[];
  fileName: string;
  sampleLimit: number;
}

// Replies are attacker-controlled: only ever rendered as React text.
export function FingerprintTable({ rows, fileName, sampleLimit }: FingerprintTableProps) {
  return (
    <>
      <div className="breakdown-head">
        <p className="panel-note">
          Replies grouped by fingerprint (numbers, addresses and ids masked), counted over the
          newest {formatCount(sampleLimit)} attempts in the range.
        </p>
        <CsvDownloadButton fileName={fileName} columns={COLUMNS} rows={rows} />
      </div>
      <div className="table-scroll">
        <table className="data-table" data-testid="fingerprint-table">
          <thead>
            <tr>
              <th scope="col">Fingerprint and example reply</th>
              <th scope="col">GreenArrow message</th>
              <th scope="col">Last seen (UTC)</th>
              <th scope="col" className="numeric">
                Attempts
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.fingerprint}>
                <td>
                  <code className="fingerprint">{row.fingerprint || '(empty message)'}</code>
                  {row.example !== row.fingerprint && <div className="message">{row.example}</div>}
                </td>
                <td>{row.catalogueEntry || '–'}</td>
                <td className="nowrap">{row.lastSeen.replace('T', ' ').slice(0, 19)}</td>
                <td className="numeric">{formatCount(row.attempts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
