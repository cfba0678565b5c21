'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { STATUS_COLOURS } from '@/lib/client/status-palette';
import { DELIVERY_STATUSES, STATUS_LABELS } from '@/lib/greenarrow/delivery-status';
import type { StatusSeriesPoint } from '@/lib/reports/status-series';

interface StatusSeriesChartProps {
  points: StatusSeriesPoint[];
  bucket: 'hour' | 'day';
}

export function StatusSeriesChart({ points, bucket }: StatusSeriesChartProps) {
  const formatBucket = (value: string) => formatBucketLabel(value, bucket);
  return (
    <div className="chart" role="img" aria-label="Attempts by status over time">
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="bucket" tickFormatter={formatBucket} minTickGap={24} />
          <YAxis allowDecimals={false} width={56} />
          <Tooltip labelFormatter={(label) => formatBucket(String(label))} />
          <Legend />
          {DELIVERY_STATUSES.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={STATUS_LABELS[status]}
              stackId="status"
              fill={STATUS_COLOURS[status]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function formatBucketLabel(value: string, bucket: 'hour' | 'day'): string {
  const date = new Date(value);
  const options: Intl.DateTimeFormatOptions =
    bucket === 'hour'
      ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }
      : { month: 'short', day: 'numeric', timeZone: 'UTC' };
  return date.toLocaleString('en-GB', options);
}
