import 'server-only';
import type { Database } from '@/lib/db/client';
import { attemptWhere } from '@/lib/queries/attempt-where';
import type { ReportQuery } from '@/lib/reports/report-filters';

export interface DeliveryDelay {
  /** Accepted attempts that carry an injection time. */
  accepted: number;
  medianSeconds: number | null;
  p95Seconds: number | null;
}

/** Time from injection to acceptance: median and 95th percentile of attempted_at - injected_at. */
export async function queryDeliveryDelay(
  database: Database,
  { range, filters }: Pick<ReportQuery, 'range' | 'filters'>,
): Promise<DeliveryDelay> {
  const rows = await database.$queryRaw<DeliveryDelay[]>`
    SELECT count(*)::int AS accepted,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY delay) AS "medianSeconds",
           percentile_cont(0.95) WITHIN GROUP (ORDER BY delay) AS "p95Seconds"
    FROM (
      SELECT extract(epoch FROM attempted_at - injected_at)::float8 AS delay
      FROM delivery_attempts
      WHERE ${attemptWhere(range, { ...filters, status: ['success'] })} AND injected_at IS NOT NULL
    ) AS accepted`;
  return rows[0] ?? { accepted: 0, medianSeconds: null, p95Seconds: null };
}
