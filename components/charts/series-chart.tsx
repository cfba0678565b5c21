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
import { formatBucket, formatCount, type TimeBucket } from '@/components/charts/chart-format';
import { NumbersTable, type NumbersTableOptions } from '@/components/charts/numbers-table';
import { formatRate } from '@/lib/reports/domain-rates';

/** One plotted series: how to read its value from a point, and how to show it. */
export interface ChartSeries<Point> {
  key: string;
  label: string;
  colour: string;
  /** null leaves a gap: a share of no attempts is not zero. */
  value: (point: Point) => number | null;
}

type Scale = 'counts' | 'shares';

interface SeriesChartProps<Point extends { bucket: string }> {
  title: string;
  kind: 'stacked-bars' | 'lines';
  points: readonly Point[];
  series: readonly ChartSeries<Point>[];
  bucket: TimeBucket;
  timeZone: string;
  /** Counts are whole numbers; shares run from 0 to 1 and read as percentages. */
  scale?: Scale;
  /** Dots show a lone bucket between gaps, which a line alone does not draw. */
  dots?: boolean;
  numbers?: NumbersTableOptions<Point>;
}

const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };

/** Every time chart: series mapped to label and colour, with its numbers in a table. */
export function SeriesChart<Point extends { bucket: string }>(props: SeriesChartProps<Point>) {
  const { title, kind, points, series, bucket, timeZone, scale = 'counts', dots = false } = props;
  const label = (value: unknown) => formatBucket(String(value), bucket, timeZone);
  const axes = axesFor(label, scale);
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
                  dot={dots ? DOT : false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          )}
        </ResponsiveContainer>
      </div>
      <NumbersTable
        title={title}
        points={points}
        series={series}
        formatTime={label}
        formatValue={scale === 'shares' ? formatRate : formatCountOrDash}
        {...props.numbers}
      />
    </figure>
  );
}

function axesFor(label: (value: unknown) => string, scale: Scale) {
  const shares = scale === 'shares';
  return [
    <CartesianGrid key="grid" strokeDasharray="3 3" vertical={false} stroke="var(--border)" />,
    <XAxis key="x" dataKey="bucket" tickFormatter={label} minTickGap={24} stroke="var(--muted)" />,
    shares ? (
      <YAxis key="y" domain={[0, 1]} tickFormatter={percentTick} width={56} stroke="var(--muted)" />
    ) : (
      <YAxis key="y" allowDecimals={false} width={56} stroke="var(--muted)" />
    ),
    <Tooltip
      key="tip"
      labelFormatter={label}
      formatter={shares ? formatShare : undefined}
      contentStyle={TOOLTIP_STYLE}
    />,
    <Legend key="legend" itemSorter={null} />,
  ];
}

const DOT = { r: 3 };

const TOOLTIP_STYLE = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  color: 'var(--text)',
};

function percentTick(share: number): string {
  return `${Math.round(share * 100)} %`;
}

function formatShare(value: unknown): string {
  return formatRate(typeof value === 'number' ? value : null);
}

function formatCountOrDash(value: number | null): string {
  return value === null ? '–' : formatCount(value);
}
