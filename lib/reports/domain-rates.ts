import type { StatusCounts, StatusSeriesPoint } from '@/lib/reports/status-series';

// Pure shaping of a domain's counts into the rates its page charts and lists.

export interface DomainRates {
  attempts: number;
  /** Shares of all attempts, 0..1; null when there were none. */
  acceptance: number | null;
  deferral: number | null;
  /** failure and failure_toolong: both end the message. */
  failure: number | null;
  connmaxout: number | null;
}

export interface RatePoint extends DomainRates {
  bucket: string;
}

export function ratesOf(counts: StatusCounts): DomainRates {
  const attempts =
    counts.success + counts.deferral + counts.failure + counts.failure_toolong + counts.connmaxout;
  const share = (count: number) => (attempts === 0 ? null : count / attempts);
  return {
    attempts,
    acceptance: share(counts.success),
    deferral: share(counts.deferral),
    failure: share(counts.failure + counts.failure_toolong),
    connmaxout: share(counts.connmaxout),
  };
}

export function rateSeries(points: readonly StatusSeriesPoint[]): RatePoint[] {
  return points.map((point) => ({ bucket: point.bucket, ...ratesOf(point) }));
}

/** "12.5 %", or "–" when there is nothing to divide. */
export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1)} %`;
}

export function shareOf(count: number, total: number): number | null {
  return total === 0 ? null : count / total;
}
