'use client';

import type { ReactNode } from 'react';
import { CsvDownloadButton } from '@/components/csv-download-button';
import type { CsvColumn } from '@/lib/reports/csv';

export interface TableColumn<Row> extends CsvColumn<Row> {
  /** What the cell shows; the CSV gets `value`. Defaults to the value as text. */
  cell?: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface DataTableProps<Row> {
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  fileName: string;
}

/** A table and its CSV export from one column list, so the file is exactly what is shown. */
export function DataTable<Row>({ caption, columns, rows, rowKey, fileName }: DataTableProps<Row>) {
  return (
    <>
      <div className="panel-actions">
        <span className="muted">
          {rows.length.toLocaleString('en-US')} {rows.length === 1 ? 'row' : 'rows'}
        </span>
        <CsvDownloadButton fileName={fileName} columns={columns} rows={rows} />
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.header}
                  scope="col"
                  className={column.numeric ? 'numeric' : undefined}
                >
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => (
                  <td key={column.header} className={column.numeric ? 'numeric' : undefined}>
                    {column.cell ? column.cell(row) : textOf(column.value(row))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function textOf(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  return typeof value === 'number' ? value.toLocaleString('en-US') : value;
}
