'use client';

import { BreakdownTable } from '@/components/breakdowns/breakdown-table';
import type { BreakdownRow } from '@/lib/reports/breakdown-types';
import { hrefWith } from '@/lib/reports/report-links';

interface TopReasonsProps {
  title: string;
  rows: readonly BreakdownRow[];
  search: string;
  fileName: string;
}

/** Top reasons of a status set; each opens the reason page with the view's filters. */
export function TopReasons({ title, rows, search, fileName }: TopReasonsProps) {
  const total = rows.reduce((sum, row) => sum + row.attempts, 0);
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
