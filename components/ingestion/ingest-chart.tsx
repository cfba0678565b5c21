'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { STATUS_COLOURS } from '@/lib/client/status-palette';
import { formatAttemptTime } from '@/lib/reports/attempt-time';
import type { IngestPoint, IngestStep } from '@/lib/reports/ingest-series';

// Okabe–Ito again: stored in the accepted green, problems in the warning hues.
const SERIES = [
  { key: 'stored', label: 'Attempts stored', colour: STATUS_COLOURS.success },
  { key: 'duplicates', label: 'Duplicates', colour: '#56B4E9' },
  { key: 'other', label: 'Other event types', colour: '#999999' },
  { key: 'rejected', label: 'Rejected', colour: STATUS_COLOURS.failure },
] as const;

function stepLabel(value: string, step: IngestStep, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    step === 'minute'
      ? { hour: '2-digit', minute: '2-digit', timeZone }
      : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone };
  return new Date(value).toLocaleString('en-GB', options);
}

/** Events received per minute (per hour on long ranges); only busy steps are listed as numbers. */
interface IngestChartProps {
  points: IngestPoint[];
  step: IngestStep;
  timeZone: string;
}

export function IngestChart({ points, step, timeZone }: IngestChartProps) {
  const label = (value: string) => stepLabel(value, step, timeZone);
  const busy = points.filter((point) => point.batches > 0);
  return (
    <>
      <div className="chart" role="img" aria-label={`Events received per ${step}`}>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="bucket" tickFormatter={label} minTickGap={32} />
            <YAxis allowDecimals={false} width={56} />
            <Tooltip labelFormatter={(value) => label(String(value))} />
            <Legend />
            {SERIES.map((series) => (
              <Bar
                key={series.key}
                dataKey={series.key}
                name={series.label}
                stackId="events"
                fill={series.colour}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-numbers">
        <summary>
          Show numbers ({busy.length} {busy.length === 1 ? step : `${step}s`} with posts)
        </summary>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">
                  {step === 'minute' ? 'Minute' : 'Hour'} ({timeZone})
                </th>
                <th scope="col" className="numeric">
                  Posts
                </th>
                {SERIES.map((series) => (
                  <th key={series.key} scope="col" className="numeric">
                    {series.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {busy.map((point) => (
                <tr key={point.bucket}>
                  <th scope="row">{formatAttemptTime(point.bucket, timeZone).slice(0, 16)}</th>
                  <td className="numeric">{point.batches}</td>
                  {SERIES.map((series) => (
                    <td key={series.key} className="numeric">
                      {point[series.key]}
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
