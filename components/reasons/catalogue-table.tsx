'use client';

import { CsvDownloadButton } from '@/components/csv-download-button';
import { retryLabel, whoseSideLabel } from '@/components/reasons/explanation-text';
import { ReasonRow } from '@/components/reasons/reason-row';
import type { CsvColumn } from '@/lib/reports/csv';
import type { CatalogueRow } from '@/lib/reports/reason-catalogue';

const COLUMNS: CsvColumn<CatalogueRow>[] = [
  { header: 'Message', value: (row) => row.title },
  { header: 'Id', value: (row) => row.id },
  { header: 'GreenArrow template', value: (row) => row.template },
  { header: 'Statuses', value: (row) => row.statuses.join(' ') },
  { header: 'Category', value: (row) => row.categoryLabel },
  { header: 'What happened', value: (row) => row.whatHappened },
  { header: 'Whose side', value: (row) => whoseSideLabel(row.whoseSide) },
  { header: 'What to do', value: (row) => row.whatToDo },
  { header: 'Retrying helps', value: (row) => retryLabel(row.retryHelps) },
  { header: 'Attempts', value: (row) => row.attempts },
];

/** Every documented GreenArrow delivery-attempt message, seen or not. */
export function CatalogueTable({
  rows,
  search,
}: {
  rows: readonly CatalogueRow[];
  search: string;
}) {
  return (
    <>
      <div className="breakdown-head">
        <p className="panel-note">
          {rows.length} messages GreenArrow documents. An attempt whose remote reply a provider rule
          recognised counts under the rule instead.
        </p>
        <CsvDownloadButton fileName="greenarrow-messages.csv" columns={COLUMNS} rows={rows} />
      </div>
      <div className="table-scroll">
        <table className="data-table" data-testid="catalogue-table">
          <thead>
            <tr>
              <th scope="col">Message</th>
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
                identifiers={
                  <>
                    <code className="template">{row.template}</code>
                    <span className="row-id">{row.statuses.join(', ')}</span>
                  </>
                }
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
