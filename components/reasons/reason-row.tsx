'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatCount } from '@/components/charts/chart-format';
import { ExplanationText } from '@/components/reasons/explanation-text';
import type { CatalogueRow, RuleRow } from '@/lib/reports/reason-catalogue';
import { hrefWith } from '@/lib/reports/report-links';

interface ReasonRowProps {
  reason: CatalogueRow | RuleRow;
  search: string;
  /** What identifies the reason under its title: its template and statuses, or its rule id. */
  identifiers: ReactNode;
  /** Cells between the title and the category, such as the provider. */
  children?: ReactNode;
}

/** A message or rule linked to its page, with its meaning and count; dimmed when never seen. */
export function ReasonRow({ reason, search, identifiers, children }: ReasonRowProps) {
  return (
    <tr className={reason.attempts === 0 ? 'unseen' : undefined}>
      <td>
        <Link href={hrefWith(`/reasons/${encodeURIComponent(reason.id)}`, search)}>
          {reason.title}
        </Link>
        {identifiers}
      </td>
      {children}
      <td>{reason.categoryLabel}</td>
      <td>
        <ExplanationText explanation={reason} />
      </td>
      <td className="numeric">{formatCount(reason.attempts)}</td>
    </tr>
  );
}
