'use client';

import { SeriesChart, type ChartSeries } from '@/components/charts/series-chart';
import { seriesColour } from '@/components/charts/series-colours';
import type { BreakdownReport } from '@/lib/reports/breakdowns';
import type { KeyedSeriesPoint } from '@/lib/reports/keyed-series';

interface ReasonTrendProps {
  series: BreakdownReport['reasonSeries'];
  bucket: 'hour' | 'day';
  timeZone: string;
}

/** The top reasons over time, one line each. */
export function ReasonTrend({ series, bucket, timeZone }: ReasonTrendProps) {
  const lines: ChartSeries<KeyedSeriesPoint>[] = series.reasons.map((reason, index) => ({
    key: reason.value,
    label: reason.label,
    colour: seriesColour(index),
    value: (point) => point.values[reason.value] ?? 0,
  }));
  return (
    <SeriesChart
      title="Top reasons over time"
      kind="lines"
      points={series.points}
      series={lines}
      bucket={bucket}
      timeZone={timeZone}
    />
  );
}
