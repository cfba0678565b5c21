import 'server-only';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { DIMENSION_COLUMNS } from '@/lib/queries/rollup-dimension';
import { rollupRows } from '@/lib/queries/rollup-source';
import { rollupWhere } from '@/lib/queries/rollup-where';
import type { BreakdownDimension } from '@/lib/reports/breakdown-types';
import type { ReportQuery } from '@/lib/reports/report-filters';

export interface DimensionCount {
  value: string;
  attempts: number;
}

/** Attempts per value of one dimension, most first, read from the rollups. */
export async function queryDimensionBreakdown(
  database: Database,
  { range, filters }: Pick<ReportQuery, 'range' | 'filters'>,
  dimension: BreakdownDimension,
  limit: number,
): Promise<DimensionCount[]> {
  const column = DIMENSION_COLUMNS[dimension];
  return database.$queryRaw<DimensionCount[]>`
    SELECT ${Prisma.raw(column)} AS value, sum(attempts)::float8 AS attempts
    FROM ${rollupRows({ range, filters, columns: [column] })}
    WHERE ${rollupWhere(filters)}
    GROUP BY 1
    ORDER BY 2 DESC, 1
    LIMIT ${limit}`;
}
