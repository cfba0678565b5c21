'use client';

import { SeriesChart, type ChartSeries } from '@/components/charts/series-chart';
import { STATUS_COLOURS } from '@/lib/client/status-palette';
import type { DomainRates, RatePoint } from '@/lib/reports/domain-rates';

type Rate = Exclude<keyof DomainRates, 'attempts'>;

function rateLine(rate: Rate, label: string, colour: string): ChartSeries<RatePoint> {
  return { key: rate, label, colour, value: (point) => point[rate] };
}

const RATE_LINES = [
  rateLine('acceptance', 'Accepted', STATUS_COLOURS.success),
  rateLine('deferral', 'Deferred', STATUS_COLOURS.deferral),
  rateLine('failure', 'Failed', STATUS_COLOURS.failure),
  rateLine('connmaxout', 'Connmaxout', STATUS_COLOURS.connmaxout),
];

const ATTEMPTS = { label: 'Attempts', value: (point: RatePoint) => point.attempts };

interface DomainRateChartProps {
  points: RatePoint[];
  bucket: 'hour' | 'day';
  timeZone: string;
}

/** Shares of attempts per bucket, with the same numbers in a table for screen readers. */
export function DomainRateChart({ points, bucket, timeZone }: DomainRateChartProps) {
  return (
    <SeriesChart
      title="Acceptance, deferral, failure and connmaxout rates over time"
      kind="lines"
      scale="shares"
      dots
      points={points}
      series={RATE_LINES}
      bucket={bucket}
      timeZone={timeZone}
      numbers={{
        timeHeading: `Time (${bucket === 'hour' ? timeZone : 'UTC days'})`,
        total: ATTEMPTS,
        // Known gap: shares have no agreed CSV form yet (fractions or percentages).
        exportable: false,
      }}
    />
  );
}
