import 'server-only';
import { getReportDatabase } from '@/lib/db/client';
import type { DeliveryStatus } from '@/lib/greenarrow/delivery-status';
import { queryDimensionBreakdown } from '@/lib/queries/dimension-breakdown';
import type { LatestAttempt } from '@/lib/queries/latest-attempts';
import { queryRecentAttempts } from '@/lib/queries/recent-attempts';
import { queryStatusSeries } from '@/lib/queries/status-series';
import { queryStatusTotals } from '@/lib/queries/status-totals';
import { queryTroubleBreakdown } from '@/lib/queries/trouble-breakdown';
import { labelRows, rangeOf } from '@/lib/reports/breakdown-rows';
import type { BreakdownRow, ReportRange, TroubleRow } from '@/lib/reports/breakdown-types';
import { previousRange } from '@/lib/reports/period-change';
import type { ReportQuery } from '@/lib/reports/report-filters';
import { narrowStatuses, STATUS_SETS } from '@/lib/reports/status-sets';
import type { StatusCounts, StatusSeriesPoint } from '@/lib/reports/status-series';

export interface OverviewReport {
  range: ReportRange;
  previousRange: ReportRange;
  totals: StatusCounts;
  previousTotals: StatusCounts;
  series: StatusSeriesPoint[];
  topDeferralReasons: BreakdownRow[];
  topFailureReasons: BreakdownRow[];
  troubleDomains: TroubleRow[];
  troubleSendingIps: TroubleRow[];
  latest: LatestAttempt[];
}

const LATEST_LIMIT = 50;
const TOP_LIMIT = 10;

async function topReasons(query: ReportQuery, statuses: readonly DeliveryStatus[]) {
  const status = narrowStatuses(statuses, query.filters.status);
  if (status.length === 0) return [];
  const database = await getReportDatabase();
  const narrowed = { ...query, filters: { ...query.filters, status } };
  return labelRows(
    'reason',
    await queryDimensionBreakdown(database, narrowed, 'reason', TOP_LIMIT),
  );
}

export async function overviewReport(query: ReportQuery): Promise<OverviewReport> {
  const database = await getReportDatabase();
  const { range } = query;
  const previous = { ...query, range: previousRange(range) };
  const [totals, previousTotals, series, deferrals, failures, domains, sendingIps, latest] =
    await Promise.all([
      queryStatusTotals(database, query),
      queryStatusTotals(database, previous),
      queryStatusSeries(database, query),
      topReasons(query, STATUS_SETS.deferrals),
      topReasons(query, STATUS_SETS.failures),
      queryTroubleBreakdown(database, query, 'domain', TOP_LIMIT),
      queryTroubleBreakdown(database, query, 'sendingIp', TOP_LIMIT),
      queryRecentAttempts(database, query, LATEST_LIMIT),
    ]);
  return {
    range: rangeOf(range),
    previousRange: rangeOf(previous.range),
    totals,
    previousTotals,
    series,
    topDeferralReasons: deferrals,
    topFailureReasons: failures,
    troubleDomains: domains,
    troubleSendingIps: sendingIps,
    latest,
  };
}
