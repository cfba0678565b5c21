import 'server-only';
import { getReportDatabase } from '@/lib/db/client';
import { queryDimensionBreakdown } from '@/lib/queries/dimension-breakdown';
import {
  FINGERPRINT_SAMPLE,
  queryReasonFingerprints,
  type FingerprintGroup,
} from '@/lib/queries/reason-fingerprints';
import { queryStatusSeries } from '@/lib/queries/status-series';
import { queryStatusTotals } from '@/lib/queries/status-totals';
import { labelRows, rangeOf } from '@/lib/reports/breakdown-rows';
import type { BreakdownRow, ReportRange } from '@/lib/reports/breakdown-types';
import { previousRange } from '@/lib/reports/period-change';
import { categoryLabel, humanise, reasonInfo, type ReasonInfo } from '@/lib/reports/reason-info';
import type { ReportQuery } from '@/lib/reports/report-filters';
import type { StatusCounts, StatusSeriesPoint } from '@/lib/reports/status-series';
import { CATALOGUE } from '@/lib/classifier';

export interface ReasonTemplate {
  id: string;
  template: string;
  attempts: number;
}

export interface ReasonDetailReport {
  reason: ReasonInfo & { categoryLabel: string };
  range: ReportRange;
  previousRange: ReportRange;
  totals: StatusCounts;
  previousTotals: StatusCounts;
  series: StatusSeriesPoint[];
  /** The GreenArrow messages the attempts came in, counted over the fingerprint sample. */
  templates: ReasonTemplate[];
  fingerprints: FingerprintGroup[];
  sampleLimit: number;
  domains: BreakdownRow[];
  sendingIps: BreakdownRow[];
}

const FINGERPRINT_LIMIT = 50;
const ROW_LIMIT = 25;
const TEMPLATES = new Map(CATALOGUE.map((entry) => [entry.id, entry.template]));

export function templatesOf(fingerprints: readonly FingerprintGroup[]): ReasonTemplate[] {
  const counts = new Map<string, number>();
  for (const group of fingerprints) {
    if (!TEMPLATES.has(group.catalogueEntry)) continue;
    counts.set(group.catalogueEntry, (counts.get(group.catalogueEntry) ?? 0) + group.attempts);
  }
  return [...counts]
    .map(([id, attempts]) => ({ id, template: TEMPLATES.get(id) ?? '', attempts }))
    .sort((a, b) => b.attempts - a.attempts);
}

function describe(id: string): ReasonInfo {
  return (
    reasonInfo(id) ?? {
      id,
      kind: 'unrecognised',
      title: humanise(id),
      provider: null,
      category: null,
      template: null,
      statuses: [],
      whoseSide: 'none',
      retryHelps: 'maybe',
      whatHappened: 'A reason the current classifier no longer produces.',
      whatToDo: 'Compare the example replies with the current rules.',
    }
  );
}

/** Everything about one reason in the range, or null when it is unknown and never occurred. */
export async function reasonDetailReport(
  id: string,
  query: ReportQuery,
): Promise<ReasonDetailReport | null> {
  const database = await getReportDatabase();
  const scoped = { ...query, filters: { ...query.filters, reason: id } };
  const previous = { ...scoped, range: previousRange(query.range) };
  const [totals, previousTotals, series, fingerprints, domains, sendingIps] = await Promise.all([
    queryStatusTotals(database, scoped),
    queryStatusTotals(database, previous),
    queryStatusSeries(database, scoped),
    queryReasonFingerprints(database, scoped, [id], FINGERPRINT_LIMIT),
    queryDimensionBreakdown(database, scoped, 'domain', ROW_LIMIT),
    queryDimensionBreakdown(database, scoped, 'sendingIp', ROW_LIMIT),
  ]);
  const seen = Object.values(totals).some(Boolean) || Object.values(previousTotals).some(Boolean);
  if (reasonInfo(id) === null && !seen) return null;
  const reason = describe(id);
  return {
    reason: { ...reason, categoryLabel: reason.category ? categoryLabel(reason.category) : '' },
    range: rangeOf(query.range),
    previousRange: rangeOf(previous.range),
    totals,
    previousTotals,
    series,
    templates: templatesOf(fingerprints),
    fingerprints,
    sampleLimit: FINGERPRINT_SAMPLE,
    domains: labelRows('domain', domains),
    sendingIps: labelRows('sendingIp', sendingIps),
  };
}
