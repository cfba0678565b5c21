'use client';

import Link from 'next/link';
import type { TableColumn } from '@/components/domains/data-table';
import { FilterLink } from '@/components/log/filter-link';
import type { BreakdownRow } from '@/lib/queries/rollup-breakdown';
import type { MxHostRow } from '@/lib/queries/mx-hosts';
import { shareOf } from '@/lib/reports/domain-rates';
import { hrefWith } from '@/lib/reports/report-links';

type Counted = {
  attempts: number;
  success: number;
  deferral: number;
  failure: number;
  connmaxout: number;
};

const percent = (count: number, total: number) => {
  const share = shareOf(count, total);
  return share === null ? null : Number((share * 100).toFixed(1));
};

/** Attempts and the status shares every breakdown table ends with. */
export function countColumns<Row extends Counted>(
  failure: (row: Row) => number,
): TableColumn<Row>[] {
  return [
    { header: 'Attempts', value: (row) => row.attempts, numeric: true },
    { header: 'Accepted %', value: (row) => percent(row.success, row.attempts), numeric: true },
    { header: 'Deferred %', value: (row) => percent(row.deferral, row.attempts), numeric: true },
    { header: 'Failed %', value: (row) => percent(failure(row), row.attempts), numeric: true },
    {
      header: 'Connmaxout %',
      value: (row) => percent(row.connmaxout, row.attempts),
      numeric: true,
    },
  ];
}

const failedOf = (row: BreakdownRow) => row.failure + row.failureToolong;

/** `reasonSearch` is what a reason's page is filtered by: the view plus this domain. */
export function reasonColumns(
  search: string,
  pathname: string,
  reasonSearch: string,
): TableColumn<BreakdownRow & { label: string }>[] {
  return [
    {
      header: 'Reason',
      value: (row) => row.label,
      cell: (row) =>
        row.value ? (
          <Link
            href={hrefWith(`/reasons/${encodeURIComponent(row.value)}`, reasonSearch)}
            title={row.value}
          >
            {row.label}
          </Link>
        ) : (
          '–'
        ),
    },
    {
      header: 'Category',
      value: (row) => row.detail,
      cell: (row) => (
        <FilterLink search={search} pathname={pathname} name="category" value={row.detail} />
      ),
    },
    ...countColumns(failedOf),
  ];
}

export function sendingIpColumns(search: string, pathname: string): TableColumn<BreakdownRow>[] {
  return [
    {
      header: 'Sending IP',
      value: (row) => row.value,
      cell: (row) => (
        <FilterLink search={search} pathname={pathname} name="sendingIp" value={row.value} />
      ),
    },
    {
      header: 'VirtualMTA',
      value: (row) => row.detail,
      cell: (row) => (
        <FilterLink search={search} pathname={pathname} name="virtualMta" value={row.detail} />
      ),
    },
    ...countColumns(failedOf),
  ];
}

export const RETRY_COLUMNS: TableColumn<BreakdownRow>[] = [
  { header: 'Attempt', value: (row) => (row.value === 'true' ? 'Retries' : 'First attempts') },
  ...countColumns(failedOf),
];

export const MX_HOST_COLUMNS: TableColumn<MxHostRow>[] = [
  { header: 'MX host', value: (row) => row.mxHostname },
  { header: 'MX IP', value: (row) => row.mxIp },
  ...countColumns<MxHostRow>((row) => row.failure),
];
