import type { ResolvedRange } from '@/lib/reports/report-range';

// The comparison every total carries: the period of the same length just before.

export function previousRange(range: ResolvedRange): ResolvedRange {
  const length = range.to.getTime() - range.from.getTime();
  return { from: new Date(range.from.getTime() - length), to: range.from, bucket: range.bucket };
}

export interface PeriodChange {
  delta: number;
  /** Relative change; null when the previous period had none. */
  ratio: number | null;
}

export function periodChange(current: number, previous: number): PeriodChange {
  return {
    delta: current - previous,
    ratio: previous === 0 ? null : (current - previous) / previous,
  };
}

/** `+12 (+50.0 %)`, `−3 (−25.0 %)`, `+4 (new)`, `no change`. */
export function formatChange(current: number, previous: number): string {
  const { delta, ratio } = periodChange(current, previous);
  if (delta === 0) return 'no change';
  const sign = delta > 0 ? '+' : '−';
  const amount = `${sign}${Math.abs(delta).toLocaleString('en-US')}`;
  if (ratio === null) return `${amount} (new)`;
  return `${amount} (${sign}${Math.abs(ratio * 100).toFixed(1)} %)`;
}

/** Percentage-point change of a rate, e.g. `+1.5 pt`. */
export function formatRateChange(rate: number | null, previousRate: number | null): string {
  if (rate === null || previousRate === null) return '';
  const points = (rate - previousRate) * 100;
  if (Math.abs(points) < 0.05) return 'no change';
  return `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} pt`;
}
