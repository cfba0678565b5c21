'use client';

import { SeriesChart, type ChartSeries } from '@/components/charts/series-chart';
import { STATUS_COLOURS } from '@/lib/client/status-palette';
import { DELIVERY_STATUSES, STATUS_LABELS } from '@/lib/greenarrow/delivery-status';
import type { StatusSeriesPoint } from '@/lib/reports/status-series';

interface StatusSeriesChartProps {
  points: StatusSeriesPoint[];
  bucket: 'hour' | 'day';
  timeZone?: string;
}

const STATUS_SERIES: ChartSeries<StatusSeriesPoint>[] = DELIVERY_STATUSES.map((status) => ({
  key: status,
  label: STATUS_LABELS[status],
  colour: STATUS_COLOURS[status],
  value: (point) => point[status],
}));

export function StatusSeriesChart({ points, bucket, timeZone = 'UTC' }: StatusSeriesChartProps) {
  return (
    <SeriesChart
      title="Attempts by status over time"
      kind="stacked-bars"
      points={points}
      series={STATUS_SERIES}
      bucket={bucket}
      timeZone={timeZone}
    />
  );
}
