'use client';

import {
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
import { STATUS_COLOURS } from '@/lib/client/status-palette';
import { formatRate, type RatePoint } from '@/lib/reports/domain-rates';

const LINES = [
  { key: 'acceptance', label: 'Accepted', colour: STATUS_COLOURS.success },
  { key: 'deferral', label: 'Deferred', colour: STATUS_COLOURS.deferral },
  { key: 'failure', label: 'Failed', colour: STATUS_COLOURS.failure },
  { key: 'connmaxout', label: 'Connmaxout', colour: STATUS_COLOURS.connmaxout },
] as const;

interface DomainRateChartProps {
  points: RatePoint[];
  bucket: 'hour' | 'day';
  timeZone: string;
}

/** Shares of attempts per bucket, with the same numbers in a table for screen readers. */
export function DomainRateChart({ points, bucket, timeZone }: DomainRateChartProps) {
  const label = (value: string) => formatBucket(value, bucket, timeZone);
  return (
    <>
      <div
        className="chart"
        role="img"
        aria-label="Acceptance, deferral, failure and connmaxout rates over time"
      >
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="bucket" tickFormatter={label} minTickGap={24} />
            <YAxis
              domain={[0, 1]}
              tickFormatter={(value: number) => `${Math.round(value * 100)} %`}
              width={56}
            />
            <Tooltip
              labelFormatter={(value) => label(String(value))}
              formatter={(value) => formatRate(typeof value === 'number' ? value : null)}
            />
            <Legend itemSorter={null} />
            {LINES.map((line) => (
              <Line
                key={line.key}
                dataKey={line.key}
                name={line.label}
                stroke={line.colour}
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-numbers">
        <summary>Show numbers</summary>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Time ({bucket === 'hour' ? timeZone : 'UTC days'})</th>
                <th scope="col" className="numeric">
                  Attempts
                </th>
                {LINES.map((line) => (
                  <th key={line.key} scope="col" className="numeric">
                    {line.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.bucket}>
                  <th scope="row">{label(point.bucket)}</th>
                  <td className="numeric">{point.attempts.toLocaleString('en-US')}</td>
                  {LINES.map((line) => (
                    <td key={line.key} className="numeric">
                      {formatRate(point[line.key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
