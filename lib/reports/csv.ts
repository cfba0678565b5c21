import { stringify } from 'csv-stringify/browser/esm/sync';

// CSV of exactly what a table shows. Remote replies are attacker-controlled, so a
// cell that a spreadsheet would run as a formula is prefixed with a quote.

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      if (value === null || value === undefined) return '';
      return typeof value === 'number' ? String(value) : neutraliseFormula(value);
    }),
  );
  return stringify([columns.map((column) => column.header), ...records], { record_delimiter: 'windows' });
}
