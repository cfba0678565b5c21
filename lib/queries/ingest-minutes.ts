import 'server-only';
import type { Database } from '@/lib/db/client';

export interface IngestBucketRow {
  bucket: Date;
  batches: number;
  stored: number;
  duplicates: number;
  other: number;
  rejected: number;
}

/** Webhook counters per minute (or per hour over long ranges) from ingest_minutes. */
export async function queryIngestMinutes(
  database: Database,
  range: { from: Date; to: Date },
  step: 'minute' | 'hour',
): Promise<IngestBucketRow[]> {
  return database.$queryRaw<IngestBucketRow[]>`
    SELECT date_trunc(${step}, bucket, 'UTC') AS bucket, sum(batches)::float8 AS batches,
           sum(stored)::float8 AS stored, sum(duplicates)::float8 AS duplicates,
           sum(other)::float8 AS other, sum(rejected)::float8 AS rejected
    FROM ingest_minutes
    WHERE bucket >= ${range.from} AND bucket < ${range.to}
    GROUP BY 1
    ORDER BY 1`;
}
