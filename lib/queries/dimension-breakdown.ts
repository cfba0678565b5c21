import 'server-only';
import type { Database } from '@/lib/db/client';
import { DIMENSION_COLUMNS } from '@/lib/queries/rollup-dimension';
import { rollupWhere } from '@/lib/queries/rollup-where';
import type { BreakdownDimension } from '@/lib/reports/breakdown-types';
import type { ReportQuery } from '@/lib/reports/report-filters';

export interface DimensionCount {
  value: string;
  attempts: number;
}

/** Attempts per value of one dimension, most first, read from the hourly rollup. */
export async function queryDimensionBreakdown(
  database: Database,
  { range, filters }: Pick<ReportQuery, 'range' | 'filters'>,
  dimension: BreakdownDimension,
  limit: number,
): Promise<DimensionCount[]> {
  const column = DIMENSION_COLUMNS[dimension];
  return database.$queryRaw<DimensionCount[]>`
    SELECT ${column} AS value, sum(attempts)::float8 AS attempts
    FROM attempt_rollups_hourly
    WHERE ${rollupWhere(range, filters)}
    GROUP BY 1
    ORDER BY 2 DESC, 1
    LIMIT ${limit}`;
}
