import 'server-only';
import { getReportDatabase } from '@/lib/db/client';
import { queryAttemptLog, shownAttempt, type LogAttempt } from '@/lib/queries/attempt-log';
import { queryDeliveryDelay, type DeliveryDelay } from '@/lib/queries/delivery-delay';
import { queryMxHosts, type MxHostRow } from '@/lib/queries/mx-hosts';
import { queryRollupBreakdown, type BreakdownRow } from '@/lib/queries/rollup-breakdown';
import { queryStatusSeries } from '@/lib/queries/status-series';
import { queryStatusTotals } from '@/lib/queries/status-totals';
import { reasonLabel } from '@/lib/reports/reason-info';
import type { ReportQuery } from '@/lib/reports/report-filters';
import type { StatusCounts, StatusSeriesPoint } from '@/lib/reports/status-series';

export interface DomainDetailReport {
  domain: string;
  range: { from: string; to: string; bucket: 'hour' | 'day' };
  totals: StatusCounts;
  series: StatusSeriesPoint[];
  /** `label` is the reason's title, for people; `value` its id. */
  reasons: (BreakdownRow & { label: string })[];
  sendingIps: BreakdownRow[];
  mxHosts: MxHostRow[];
  /** Rows for value 'false' (first attempts) and 'true' (retries). */
  retries: BreakdownRow[];
  delay: DeliveryDelay;
  latest: LogAttempt[];
}

const BREAKDOWN_LIMIT = 100;
const LATEST_LIMIT = 25;

/** Everything the page of one recipient domain shows, under the view's other filters. */
export async function domainDetailReport(
  domain: string,
  query: ReportQuery,
): Promise<DomainDetailReport> {
  const database = await getReportDatabase();
  const scoped = { ...query, filters: { ...query.filters, domain } };
  const [totals, series, reasons, sendingIps, mxHosts, retries, delay, latest] = await Promise.all([
    queryStatusTotals(database, scoped),
    queryStatusSeries(database, scoped),
    queryRollupBreakdown(database, scoped, 'reason', BREAKDOWN_LIMIT),
    queryRollupBreakdown(database, scoped, 'sendingIp', BREAKDOWN_LIMIT),
    queryMxHosts(database, scoped, BREAKDOWN_LIMIT),
    queryRollupBreakdown(database, scoped, 'retry', 2),
    queryDeliveryDelay(database, scoped),
    queryAttemptLog(database, { ...scoped, log: {}, cursor: null }, LATEST_LIMIT),
  ]);
  const { range } = query;
  return {
    domain,
    range: { from: range.from.toISOString(), to: range.to.toISOString(), bucket: range.bucket },
    totals,
    series,
    reasons: reasons.map((row) => ({ ...row, label: reasonLabel(row.value) })),
    sendingIps,
    mxHosts,
    retries,
    delay,
    latest: latest.map(shownAttempt),
  };
}
