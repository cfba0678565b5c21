'use client';

import { BreakdownTable } from '@/components/breakdowns/breakdown-table';
import type { BreakdownRow } from '@/lib/reports/breakdown-types';
import { hrefWith } from '@/lib/reports/report-links';

interface TopReasonsProps {
  title: string;
  rows: readonly BreakdownRow[];
  /** Attempts of the status set, so shares are of all of them, not of the top rows. */
  total: number;
  search: string;
  fileName: string;
}

/** Top reasons of a status set; each opens the reason page with the view's filters. */
export function TopReasons({ title, rows, total, search, fileName }: TopReasonsProps) {
  return (
    <BreakdownTable
      title={title}
      valueHeader="Reason"
      rows={rows}
      total={total}
      fileName={fileName}
      linkFor={(row) =>
        row.value ? hrefWith(`/reasons/${encodeURIComponent(row.value)}`, search) : null
      }
    />
  );
}
