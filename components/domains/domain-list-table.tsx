'use client';

import Link from 'next/link';
import { domainHref } from '@/components/log/attempt-log-table';
import type { DomainRow } from '@/lib/queries/domain-list';
import type { CsvColumn } from '@/lib/reports/csv';
import type { DomainSort } from '@/lib/reports/domain-list-query';
import { formatRate, shareOf } from '@/lib/reports/domain-rates';

interface Column {
  sort: DomainSort;
  label: string;
  cell: (row: DomainRow) => string;
  csv: (row: DomainRow) => string | number;
}

const rate = (count: (row: DomainRow) => number) => (row: DomainRow) =>
  formatRate(shareOf(count(row), row.attempts));
const csvRate = (count: (row: DomainRow) => number) => (row: DomainRow) =>
  Number(((shareOf(count(row), row.attempts) ?? 0) * 100).toFixed(2));

const COLUMNS: Column[] = [
  {
    sort: 'domain',
    label: 'Recipient domain',
    cell: (row) => row.domain,
    csv: (row) => row.domain,
  },
  {
    sort: 'attempts',
    label: 'Attempts',
    cell: (row) => row.attempts.toLocaleString('en-US'),
    csv: (row) => row.attempts,
  },
  {
    sort: 'acceptanceRate',
    label: 'Accepted',
    cell: rate((row) => row.success),
    csv: csvRate((row) => row.success),
  },
  {
    sort: 'deferralRate',
    label: 'Deferred',
    cell: rate((row) => row.deferral),
    csv: csvRate((row) => row.deferral),
  },
  {
    sort: 'failureRate',
    label: 'Failed',
    cell: rate((row) => row.failure),
    csv: csvRate((row) => row.failure),
  },
  {
    sort: 'connmaxoutRate',
    label: 'Connmaxout',
    cell: rate((row) => row.connmaxout),
    csv: csvRate((row) => row.connmaxout),
  },
];

export const DOMAIN_CSV_COLUMNS: CsvColumn<DomainRow>[] = COLUMNS.map((column) => ({
  header:
    column.sort === 'domain' || column.sort === 'attempts' ? column.label : `${column.label} %`,
  value: column.csv,
}));

interface DomainListTableProps {
  rows: DomainRow[];
  sort: DomainSort;
  dir: 'asc' | 'desc';
  search: string;
  onSort: (sort: DomainSort, dir: 'asc' | 'desc') => void;
}

/** Sorting happens in the database: a header button asks for the order, it does not reorder. */
export function DomainListTable({ rows, sort, dir, search, onSort }: DomainListTableProps) {
  const next = (column: DomainSort) =>
    column === sort ? (dir === 'asc' ? 'desc' : 'asc') : column === 'domain' ? 'asc' : 'desc';
  return (
    <div className="table-scroll">
      <table className="data-table domain-table">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.sort}
                scope="col"
                aria-sort={
                  column.sort === sort ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'
                }
                className={column.sort === 'domain' ? undefined : 'numeric'}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => onSort(column.sort, next(column.sort))}
                >
                  {column.label}
                  <span aria-hidden="true">
                    {column.sort === sort ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.domain}>
              <th scope="row">
                <Link href={domainHref(row.domain, search)}>{row.domain}</Link>
              </th>
              {COLUMNS.slice(1).map((column) => (
                <td key={column.sort} className="numeric">
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
