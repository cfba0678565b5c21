// Pure shaping of the ingestion counters: a point per step, zeros where nothing arrived.

export interface IngestCounts {
  batches: number;
  stored: number;
  duplicates: number;
  other: number;
  rejected: number;
}

export interface IngestPoint extends IngestCounts {
  bucket: string;
}

export const INGEST_STEP_MS = { minute: 60_000, hour: 3_600_000 } as const;
export type IngestStep = keyof typeof INGEST_STEP_MS;

/** Minutes up to a day, hours beyond: a chart of at most a few thousand points. */
export function ingestStepFor(from: Date, to: Date): IngestStep {
  return to.getTime() - from.getTime() <= 24 * INGEST_STEP_MS.hour ? 'minute' : 'hour';
}

export function emptyIngestCounts(): IngestCounts {
  return { batches: 0, stored: 0, duplicates: 0, other: 0, rejected: 0 };
}

export function fillIngestSeries(
  rows: readonly (IngestCounts & { bucket: Date })[],
  from: Date,
  to: Date,
  step: IngestStep,
): IngestPoint[] {
  const size = INGEST_STEP_MS[step];
  const byBucket = new Map(rows.map((row) => [row.bucket.getTime(), row]));
  const points: IngestPoint[] = [];
  for (let time = Math.floor(from.getTime() / size) * size; time < to.getTime(); time += size) {
    const row = byBucket.get(time);
    const counts = row
      ? {
          batches: row.batches,
          stored: row.stored,
          duplicates: row.duplicates,
          other: row.other,
          rejected: row.rejected,
        }
      : emptyIngestCounts();
    points.push({ bucket: new Date(time).toISOString(), ...counts });
  }
  return points;
}

export function sumIngestCounts(points: readonly IngestCounts[]): IngestCounts {
  const total = emptyIngestCounts();
  for (const point of points) {
    total.batches += point.batches;
    total.stored += point.stored;
    total.duplicates += point.duplicates;
    total.other += point.other;
    total.rejected += point.rejected;
  }
  return total;
}
