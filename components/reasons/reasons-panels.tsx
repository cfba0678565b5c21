'use client';

import { BreakdownTable } from '@/components/breakdowns/breakdown-table';
import { formatCount } from '@/components/charts/chart-format';
import { FingerprintTable } from '@/components/reasons/fingerprint-table';
import { QueryPanel } from '@/components/query-panel';
import type { ReasonsReport } from '@/lib/reports/reasons';
import { hrefWith } from '@/lib/reports/report-links';

export interface ReasonsPanelProps {
  report: ReasonsReport | undefined;
  state: { isPending: boolean; error: Error | null; onRetry: () => void };
  search: string;
}

export function UnrecognisedPanel({ report, state }: ReasonsPanelProps) {
  return (
    <QueryPanel
      title="Unrecognised messages"
      {...state}
      isEmpty={!report || report.unrecognised.groups.length === 0}
      empty={<p>Every message in this range was recognised by a catalogue entry or a rule.</p>}
    >
      {report && (
        <>
          <p className="summary-line">
            <strong data-testid="unrecognised-total">
              {formatCount(report.unrecognised.attempts)}
            </strong>{' '}
            attempts had a message or remote reply that no rule explains.
          </p>
          <FingerprintTable
            rows={report.unrecognised.groups}
            fileName="unrecognised-messages.csv"
            sampleLimit={report.unrecognised.sampleLimit}
          />
        </>
      )}
    </QueryPanel>
  );
}

export function CategoriesPanel({ report, state, search }: ReasonsPanelProps) {
  const rows = (report?.categories ?? []).map((category) => ({
    value: category.id,
    label: category.label,
    attempts: category.attempts,
  }));
  return (
    <QueryPanel title="Categories" {...state} isEmpty={false} empty={null}>
      <BreakdownTable
        title="Attempts by category"
        valueHeader="Category"
        rows={rows}
        total={rows.reduce((sum, row) => sum + row.attempts, 0)}
        fileName="categories.csv"
        showId
        linkFor={(row) => hrefWith('/', search, { category: row.value })}
      />
    </QueryPanel>
  );
}

export function StrayReasonsPanel({ report, state, search }: ReasonsPanelProps) {
  if (!report || report.stray.length === 0) return null;
  return (
    <QueryPanel
      title="Reasons the classifier no longer knows"
      {...state}
      isEmpty={false}
      empty={null}
    >
      <BreakdownTable
        title="Stored under an older classifier"
        valueHeader="Reason"
        rows={report.stray}
        total={report.stray.reduce((sum, row) => sum + row.attempts, 0)}
        fileName="stray-reasons.csv"
        linkFor={(row) => hrefWith(`/reasons/${encodeURIComponent(row.value)}`, search)}
      />
    </QueryPanel>
  );
}
