import 'server-only';
import type { Database } from '@/lib/db/client';
import { attemptWhere } from '@/lib/queries/attempt-where';
import { DELAY_SOURCE, sourceRows } from '@/lib/queries/rollup-source';
import { rollupWhere, soleDomainFilter } from '@/lib/queries/rollup-where';
import { histogramPercentile, type DelayBucket } from '@/lib/reports/delay-histogram';
import type { ReportQuery } from '@/lib/reports/report-filters';

export interface DeliveryDelay {
  /** Accepted attempts that carry an injection time. */
  accepted: number;
  medianSeconds: number | null;
  p95Seconds: number | null;
  /** Estimated from the delay histogram (within about 5 %) rather than computed exactly. */
  estimated: boolean;
}

/**
 * Time from injection to acceptance, median and 95th percentile. One domain under no
 * other filter reads its delay histogram; any other view computes it from the attempts.
 */
export async function queryDeliveryDelay(
  database: Database,
  query: Pick<ReportQuery, 'range' | 'filters'>,
): Promise<DeliveryDelay> {
  // Only accepted attempts have a delay, whatever the view's status filter says.
  const domain = soleDomainFilter(query.filters);
  return domain !== null ? fromHistogram(database, query.range, domain) : exactly(database, query);
}

async function fromHistogram(
  database: Database,
  range: ReportQuery['range'],
  domain: string,
): Promise<DeliveryDelay> {
  const histogram = await database.$queryRaw<DelayBucket[]>`
    SELECT delay_bucket AS bucket, sum(attempts)::float8 AS count
    FROM ${sourceRows(DELAY_SOURCE, range, false)}
    WHERE ${rollupWhere({ domain })}
    GROUP BY 1`;
  return {
    accepted: histogram.reduce((sum, row) => sum + row.count, 0),
    medianSeconds: histogramPercentile(histogram, 0.5),
    p95Seconds: histogramPercentile(histogram, 0.95),
    estimated: true,
  };
}

async function exactly(
  database: Database,
  { range, filters }: Pick<ReportQuery, 'range' | 'filters'>,
): Promise<DeliveryDelay> {
  const rows = await database.$queryRaw<Omit<DeliveryDelay, 'estimated'>[]>`
    SELECT count(*)::int AS accepted,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY delay) AS "medianSeconds",
           percentile_cont(0.95) WITHIN GROUP (ORDER BY delay) AS "p95Seconds"
    FROM (
      SELECT extract(epoch FROM attempted_at - injected_at)::float8 AS delay
      FROM delivery_attempts
      WHERE ${attemptWhere(range, { ...filters, status: ['success'] })} AND injected_at IS NOT NULL
    ) AS accepted`;
  const row = rows[0] ?? { accepted: 0, medianSeconds: null, p95Seconds: null };
  return { ...row, estimated: false };
}
