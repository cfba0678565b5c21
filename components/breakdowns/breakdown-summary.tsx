import { formatCount } from '@/components/charts/chart-format';
import { STATUS_LABELS } from '@/lib/greenarrow/delivery-status';
import type { BreakdownReport } from '@/lib/reports/breakdowns';
import { formatChange } from '@/lib/reports/period-change';

/** `4 failures (Failed, Expired in queue), +4 (new) against the period before.` */
export function BreakdownSummary({ report, noun }: { report: BreakdownReport; noun: string }) {
  const statuses = report.statuses.map((status) => STATUS_LABELS[status]).join(', ');
  return (
    <p className="summary-line">
      <strong data-testid="breakdown-total">{formatCount(report.total)}</strong> {noun}
      {report.statuses.length > 1 && ` (${statuses})`},{' '}
      <span data-testid="breakdown-change">{formatChange(report.total, report.previousTotal)}</span>{' '}
      against the period before.
    </p>
  );
}
