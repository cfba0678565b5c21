'use client';

import Link from 'next/link';
import { formatCount } from '@/components/charts/chart-format';
import { STATUS_COLOURS } from '@/lib/client/status-palette';
import {
  DELIVERY_STATUSES,
  STATUS_LABELS,
  type DeliveryStatus,
} from '@/lib/greenarrow/delivery-status';
import { formatChange, formatRateChange } from '@/lib/reports/period-change';
import { hrefWith } from '@/lib/reports/report-links';
import type { StatusCounts } from '@/lib/reports/status-series';

interface StatusTotalsProps {
  totals: StatusCounts;
  previousTotals: StatusCounts;
  search: string;
}

// Where each total drills down to; the log page shows the attempts themselves.
const DRILL_DOWN: Record<DeliveryStatus, (search: string) => string> = {
  success: (search) => hrefWith('/events', search, { status: 'success' }),
  deferral: (search) => hrefWith('/deferrals', search),
  failure: (search) => hrefWith('/failures', search, { status: 'failure' }),
  failure_toolong: (search) => hrefWith('/failures', search, { status: 'failure_toolong' }),
  connmaxout: (search) => hrefWith('/events', search, { status: 'connmaxout' }),
};

const sum = (counts: StatusCounts) => DELIVERY_STATUSES.reduce((total, s) => total + counts[s], 0);
const rate = (count: number, total: number) => (total === 0 ? null : count / total);

export function StatusTotals({ totals, previousTotals, search }: StatusTotalsProps) {
  const attempts = sum(totals);
  const previousAttempts = sum(previousTotals);
  return (
    <dl className="totals">
      <div className="total">
        <dt>Attempts</dt>
        <dd data-testid="total-attempts">
          <Link href={hrefWith('/events', search)}>{formatCount(attempts)}</Link>
        </dd>
        <dd className="change" data-testid="change-attempts">
          {formatChange(attempts, previousAttempts)}
        </dd>
      </div>
      {DELIVERY_STATUSES.map((status) => {
        const current = rate(totals[status], attempts);
        const previous = rate(previousTotals[status], previousAttempts);
        return (
          <div className="total" key={status} style={{ borderTopColor: STATUS_COLOURS[status] }}>
            <dt>{STATUS_LABELS[status]}</dt>
            <dd data-testid={`total-${status}`}>
              <Link href={DRILL_DOWN[status](search)}>{formatCount(totals[status])}</Link>
            </dd>
            <dd className="rate">
              {current === null ? '–' : `${(current * 100).toFixed(1)} %`}{' '}
              <span className="change">{formatRateChange(current, previous)}</span>
            </dd>
            <dd className="change" data-testid={`change-${status}`}>
              {formatChange(totals[status], previousTotals[status])}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
