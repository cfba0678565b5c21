'use client';

import { CsvDownloadButton } from '@/components/csv-download-button';
import { retryLabel, whoseSideLabel } from '@/components/reasons/explanation-text';
import { ReasonRow } from '@/components/reasons/reason-row';
import type { CsvColumn } from '@/lib/reports/csv';
import type { RuleRow } from '@/lib/reports/reason-catalogue';

const COLUMNS: CsvColumn<RuleRow>[] = [
  { header: 'Rule', value: (row) => row.title },
  { header: 'Id', value: (row) => row.id },
  { header: 'Provider', value: (row) => row.provider ?? 'Any' },
  { header: 'Category', value: (row) => row.categoryLabel },
  { header: 'What happened', value: (row) => row.whatHappened },
  { header: 'Whose side', value: (row) => whoseSideLabel(row.whoseSide) },
  { header: 'What to do', value: (row) => row.whatToDo },
  { header: 'Retrying helps', value: (row) => retryLabel(row.retryHelps) },
  { header: 'Attempts', value: (row) => row.attempts },
];

/** Every provider rule, seen or not, with its explanation and count. */
export function RuleTable({ rows, search }: { rows: readonly RuleRow[]; search: string }) {
  return (
    <>
      <div className="breakdown-head">
        <p className="panel-note">
          {rows.length} rules recognise remote replies from providers, filters and blocklists.
        </p>
        <CsvDownloadButton fileName="provider-rules.csv" columns={COLUMNS} rows={rows} />
      </div>
      <div className="table-scroll">
        <table className="data-table" data-testid="rule-table">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Provider</th>
              <th scope="col">Category</th>
              <th scope="col">Explanation</th>
              <th scope="col" className="numeric">
                Attempts
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ReasonRow
                key={row.id}
                reason={row}
                search={search}
                identifiers={<code className="row-id">{row.id}</code>}
              >
                <td>{row.provider ?? 'Any'}</td>
              </ReasonRow>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
