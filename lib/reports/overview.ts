import 'server-only';
import { getDatabase } from '@/lib/db/client';
import { queryLatestAttempts, type LatestAttempt } from '@/lib/queries/latest-attempts';
import { queryStatusSeries } from '@/lib/queries/status-series';
import { queryStatusTotals } from '@/lib/queries/status-totals';
import type { ReportQuery } from '@/lib/reports/report-filters';
import type { StatusCounts, StatusSeriesPoint } from '@/lib/reports/status-series';

export interface OverviewReport {
  range: { from: string; to: string; bucket: 'hour' | 'day' };
  totals: StatusCounts;
  series: StatusSeriesPoint[];
  latest: LatestAttempt[];
}

const LATEST_LIMIT = 50;

export async function overviewReport(query: ReportQuery): Promise<OverviewReport> {
  const database = await getDatabase();
  const { range } = query;
  const [totals, series, latest] = await Promise.all([
    queryStatusTotals(database, query),
    queryStatusSeries(database, query),
    queryLatestAttempts(database, range.from, range.to, LATEST_LIMIT),
  ]);
  return {
    range: { from: range.from.toISOString(), to: range.to.toISOString(), bucket: range.bucket },
    totals,
    series,
    latest,
  };
}
