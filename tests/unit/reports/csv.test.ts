import { expect, test } from 'vitest';
import { neutraliseFormula, toCsv } from '@/lib/reports/csv';

test('cells a spreadsheet would evaluate are neutralised', () => {
  expect(neutraliseFormula('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
  expect(neutraliseFormula('+1')).toBe("'+1");
  expect(neutraliseFormula('-2')).toBe("'-2");
  expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
  expect(neutraliseFormula('550 5.1.1 user unknown')).toBe('550 5.1.1 user unknown');
});

test('rows are quoted as CSV with a header, numbers left as numbers', () => {
  const csv = toCsv(
    [
      { header: 'Domain', value: (row: { domain: string; attempts: number }) => row.domain },
      { header: 'Attempts', value: (row) => row.attempts },
    ],
    [
      { domain: 'gmail.com', attempts: -3 },
      { domain: '=cmd|"/c calc"!A1', attempts: 2 },
      { domain: 'a,b "c"', attempts: 1 },
    ],
  );
  expect(csv).toBe(
    'Domain,Attempts\r\ngmail.com,-3\r\n"\'=cmd|""/c calc""!A1",2\r\n"a,b ""c""",1\r\n',
  );
});
