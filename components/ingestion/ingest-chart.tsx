'use client';

import { SeriesChart, type ChartSeries } from '@/components/charts/series-chart';
import { STATUS_COLOURS } from '@/lib/client/status-palette';
import { formatAttemptTime } from '@/lib/reports/attempt-time';
import type { IngestCounts, IngestPoint, IngestStep } from '@/lib/reports/ingest-series';

type EventCount = Exclude<keyof IngestCounts, 'batches'>;

function countBar(count: EventCount, label: string, colour: string): ChartSeries<IngestPoint> {
  return { key: count, label, colour, value: (point) => point[count] };
}

// Okabe–Ito again: stored in the accepted green, problems in the warning hues.
const INGEST_BARS = [
  countBar('stored', 'Attempts stored', STATUS_COLOURS.success),
  countBar('duplicates', 'Duplicates', '#56B4E9'),
  countBar('other', 'Other event types', '#999999'),
  countBar('rejected', 'Rejected', STATUS_COLOURS.failure),
];

const POSTS = { label: 'Posts', value: (point: IngestPoint) => point.batches };

interface IngestChartProps {
  points: IngestPoint[];
  step: IngestStep;
  timeZone: string;
}

/** Events received per minute (per hour on long ranges); only busy steps are listed as numbers. */
export function IngestChart({ points, step, timeZone }: IngestChartProps) {
  const busy = points.filter((point) => point.batches > 0);
  return (
    <SeriesChart
      title={`Events received per ${step}`}
      kind="stacked-bars"
      points={points}
      series={INGEST_BARS}
      bucket={step}
      timeZone={timeZone}
      numbers={{
        listedPoints: busy,
        summary: `Show numbers (${busy.length} ${busy.length === 1 ? step : `${step}s`} with posts)`,
        timeHeading: `${step === 'minute' ? 'Minute' : 'Hour'} (${timeZone})`,
        // The axis shows only the time of a minute; a row needs its date too.
        formatRowTime: (bucket) => formatAttemptTime(bucket, timeZone).slice(0, 16),
        total: POSTS,
      }}
    />
  );
}
