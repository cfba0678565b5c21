'use client';

import { toCsv, type CsvColumn } from '@/lib/reports/csv';

interface CsvDownloadButtonProps<Row> {
  fileName: string;
  columns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
}

/** Downloads the rows a table shows, with the same columns, as CSV. */
export function CsvDownloadButton<Row>({ fileName, columns, rows }: CsvDownloadButtonProps<Row>) {
  const download = () => {
    const blob = new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <button type="button" className="csv-button" onClick={download} disabled={rows.length === 0}>
      Export CSV
    </button>
  );
}
