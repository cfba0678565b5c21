import { STATUS_COLOURS } from '@/lib/client/status-palette';
import { DELIVERY_STATUSES, STATUS_LABELS } from '@/lib/greenarrow/delivery-status';
import type { StatusCounts } from '@/lib/reports/status-series';

export function StatusTotals({ totals }: { totals: StatusCounts }) {
  const attempts = DELIVERY_STATUSES.reduce((sum, status) => sum + totals[status], 0);
  return (
    <dl className="totals">
      <div className="total">
        <dt>Attempts</dt>
        <dd data-testid="total-attempts">{attempts.toLocaleString('en-US')}</dd>
      </div>
      {DELIVERY_STATUSES.map((status) => (
        <div className="total" key={status} style={{ borderTopColor: STATUS_COLOURS[status] }}>
          <dt>{STATUS_LABELS[status]}</dt>
          <dd data-testid={`total-${status}`}>{totals[status].toLocaleString('en-US')}</dd>
          <dd className="rate">{formatRate(totals[status], attempts)}</dd>
        </div>
      ))}
    </dl>
  );
}

function formatRate(count: number, total: number): string {
  return total === 0 ? '–' : `${((count / total) * 100).toFixed(1)} %`;
}
