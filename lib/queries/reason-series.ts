import 'server-only';
import type { Database } from '@/lib/db/client';
import { rollupRows } from '@/lib/queries/rollup-source';
import { rollupWhere } from '@/lib/queries/rollup-where';
import { bucketStartSql, seriesNeedsHours } from '@/lib/queries/bucket-sql';
import type { ReportQuery } from '@/lib/reports/report-filters';

export interface ReasonBucketRow {
  bucket: Date;
  reason: string;
  attempts: number;
}

/** Attempts per time bucket for the given reasons; the caller fills the gaps. */
export async function queryReasonSeries(
  database: Database,
  { range, filters, timeZone }: Pick<ReportQuery, 'range' | 'filters' | 'timeZone'>,
  reasons: readonly string[],
): Promise<ReasonBucketRow[]> {
  if (reasons.length === 0) return [];
  const byHour = seriesNeedsHours(range.bucket, timeZone);
  return database.$queryRaw<ReasonBucketRow[]>`
    SELECT ${bucketStartSql(range.bucket, timeZone)} AS bucket, reason,
           sum(attempts)::float8 AS attempts
    FROM ${rollupRows({ range, filters, columns: ['reason'], byHour })}
    WHERE ${rollupWhere(filters)} AND reason = ANY(${reasons}::text[])
    GROUP BY 1, 2`;
}
