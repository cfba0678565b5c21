import 'server-only';
import { getReportDatabase, type Database } from '@/lib/db/client';
import type { DeliveryStatus } from '@/lib/greenarrow/delivery-status';
import { queryDimensionBreakdown } from '@/lib/queries/dimension-breakdown';
import { queryReasonSeries } from '@/lib/queries/reason-series';
import { queryStatusTotals } from '@/lib/queries/status-totals';
import { labelRows, rangeOf } from '@/lib/reports/breakdown-rows';
import {
  BREAKDOWN_DIMENSIONS,
  type BreakdownDimension,
  type BreakdownRow,
  type ReportRange,
} from '@/lib/reports/breakdown-types';
import { fillKeyedSeries, type KeyedSeriesPoint } from '@/lib/reports/keyed-series';
import { previousRange } from '@/lib/reports/period-change';
import type { ReportQuery } from '@/lib/reports/report-filters';
import { narrowStatuses, STATUS_SETS, type StatusSetName } from '@/lib/reports/status-sets';

export interface BreakdownReport {
  set: StatusSetName;
  statuses: DeliveryStatus[];
  range: ReportRange;
  previousRange: ReportRange;
  total: number;
  previousTotal: number;
  dimensions: Record<BreakdownDimension, BreakdownRow[]>;
  /** The top reasons over time; `points[].values` is keyed by reason id. */
  reasonSeries: { reasons: BreakdownRow[]; points: KeyedSeriesPoint[] };
}

const ROW_LIMIT = 25;
const SERIES_REASONS = 5;

type Dimensions = BreakdownReport['dimensions'];

async function dimensionRows(database: Database, query: ReportQuery): Promise<Dimensions> {
  const entries = await Promise.all(
    BREAKDOWN_DIMENSIONS.map(async (dimension) => {
      const counts = await queryDimensionBreakdown(database, query, dimension, ROW_LIMIT);
      return [dimension, labelRows(dimension, counts)] as const;
    }),
  );
  return Object.fromEntries(entries) as Dimensions;
}

function sumTotals(totals: Record<string, number>): number {
  return Object.values(totals).reduce((sum, count) => sum + count, 0);
}

/** Deferrals or failures broken down by every rollup dimension, with the top reasons' trend. */
export async function breakdownReport(
  set: StatusSetName,
  query: ReportQuery,
): Promise<BreakdownReport> {
  const statuses = narrowStatuses(STATUS_SETS[set], query.filters.status);
  const scoped = { ...query, filters: { ...query.filters, status: statuses } };
  const previous = { ...scoped, range: previousRange(query.range) };
  const empty = statuses.length === 0;
  const database = await getReportDatabase();
  const [totals, previousTotals, dimensions] = await Promise.all([
    empty ? {} : queryStatusTotals(database, scoped),
    empty ? {} : queryStatusTotals(database, previous),
    empty ? emptyDimensions() : dimensionRows(database, scoped),
  ]);
  const reasons = dimensions.reason.slice(0, SERIES_REASONS);
  const keys = reasons.map((row) => row.value);
  const rows = await queryReasonSeries(database, scoped, keys);
  const keyed = rows.map((row) => ({
    bucket: row.bucket,
    key: row.reason,
    attempts: row.attempts,
  }));
  return {
    set,
    statuses,
    range: rangeOf(query.range),
    previousRange: rangeOf(previous.range),
    total: sumTotals(totals),
    previousTotal: sumTotals(previousTotals),
    dimensions,
    reasonSeries: { reasons, points: fillKeyedSeries(keyed, keys, query.range, query.timeZone) },
  };
}

function emptyDimensions(): Dimensions {
  return Object.fromEntries(BREAKDOWN_DIMENSIONS.map((d) => [d, []])) as unknown as Dimensions;
}
