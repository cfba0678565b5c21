'use client';

import Link from 'next/link';
import { withFilter, withParam } from '@/lib/reports/report-links';
import type { FilterName } from '@/lib/reports/report-links';

interface FilterLinkProps {
  /** The page's query string; the link keeps it and adds one filter. */
  search: string;
  name: FilterName;
  value: string | null;
  pathname: string;
  /** Parameters that stop making sense under a new filter (a page cursor). */
  reset?: readonly string[];
  /** Shown instead of the raw value (a status label). */
  label?: string;
}

/** A value that filters the view by itself when clicked; absent values read as a dash. */
export function FilterLink({ search, name, value, pathname, reset = [], label }: FilterLinkProps) {
  if (value === null || value === '') return <span className="muted">–</span>;
  let next = withFilter(search, name, value);
  for (const param of reset) next = withParam(next, param, null);
  return (
    <Link
      href={`${pathname}?${next}`}
      className="filter-link"
      title={`Filter by ${value}`}
      scroll={false}
    >
      {label ?? value}
    </Link>
  );
}
