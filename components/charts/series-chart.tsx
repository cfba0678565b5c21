'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatBucket } from '@/components/charts/chart-format';
import { NumbersTable } from '@/components/charts/numbers-table';

/** One plotted series: how to read its value from a point, and how to show it. */
export interface ChartSeries<Point> {
  key: string;
  label: string;
  colour: string;
  value: (point: Point) => number;
}

interface SeriesChartProps<Point extends { bucket: string }> {
  title: string;
  kind: 'stacked-bars' | 'lines';
  points: readonly Point[];
  series: readonly ChartSeries<Point>[];
  bucket: 'hour' | 'day';
  timeZone: string;
}

const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };

/** Every time chart: series mapped to label and colour, with its numbers in a table. */
export function SeriesChart<Point extends { bucket: string }>(props: SeriesChartProps<Point>) {
  const { title, kind, points, series, bucket, timeZone } = props;
  const label = (value: unknown) => formatBucket(String(value), bucket, timeZone);
  const axes = [
    <CartesianGrid key="grid" strokeDasharray="3 3" vertical={false} stroke="var(--border)" />,
    <XAxis key="x" dataKey="bucket" tickFormatter={label} minTickGap={24} stroke="var(--muted)" />,
    <YAxis key="y" allowDecimals={false} width={56} stroke="var(--muted)" />,
    <Tooltip key="tip" labelFormatter={label} contentStyle={TOOLTIP_STYLE} />,
    <Legend key="legend" itemSorter={null} />,
  ];
  return (
    <figure className="chart-figure">
      <div className="chart" aria-label={title}>
        <ResponsiveContainer width="100%" height={280}>
          {kind === 'stacked-bars' ? (
            <BarChart
              data={[...points]}
              margin={MARGIN}
              accessibilityLayer
              tabIndex={0}
              title={title}
            >
              {axes}
              {series.map((s) => (
                <Bar
                  key={s.key}
                  dataKey={s.value}
                  name={s.label}
                  stackId="stack"
                  fill={s.colour}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          ) : (
            <LineChart
              data={[...points]}
              margin={MARGIN}
              accessibilityLayer
              tabIndex={0}
              title={title}
            >
              {axes}
              {series.map((s) => (
                <Line
                  key={s.key}
                  dataKey={s.value}
                  name={s.label}
                  stroke={s.colour}
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          )}
        </ResponsiveContainer>
      </div>
      <NumbersTable title={title} points={points} series={series} format={label} />
    </figure>
  );
}

const TOOLTIP_STYLE = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  color: 'var(--text)',
};
