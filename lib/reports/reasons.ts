import 'server-only';
import { getReportDatabase } from '@/lib/db/client';
import { queryDimensionBreakdown } from '@/lib/queries/dimension-breakdown';
import {
  FINGERPRINT_SAMPLE,
  queryReasonFingerprints,
  type FingerprintGroup,
} from '@/lib/queries/reason-fingerprints';
import { labelRows, rangeOf } from '@/lib/reports/breakdown-rows';
import type { BreakdownRow, ReportRange } from '@/lib/reports/breakdown-types';
import {
  catalogueRows,
  categoryRows,
  GAP_REASONS,
  ruleRows,
  strayReasons,
  type CatalogueRow,
  type CategoryRow,
  type RuleRow,
} from '@/lib/reports/reason-catalogue';
import type { ReportQuery } from '@/lib/reports/report-filters';

export interface ReasonsReport {
  range: ReportRange;
  catalogue: CatalogueRow[];
  rules: RuleRow[];
  categories: CategoryRow[];
  /** Reasons in the data that the current classifier does not know. */
  stray: BreakdownRow[];
  unrecognised: { attempts: number; groups: FingerprintGroup[]; sampleLimit: number };
}

// Every reason ever produced is a few hundred at most; the limit only guards the response.
const ALL_REASONS = 5000;
const UNRECOGNISED_GROUPS = 100;

export async function reasonsReport(query: ReportQuery): Promise<ReasonsReport> {
  const database = await getReportDatabase();
  const [reasonCounts, categoryCounts, groups] = await Promise.all([
    queryDimensionBreakdown(database, query, 'reason', ALL_REASONS),
    queryDimensionBreakdown(database, query, 'category', ALL_REASONS),
    queryReasonFingerprints(database, query, GAP_REASONS, UNRECOGNISED_GROUPS),
  ]);
  const gapAttempts = reasonCounts
    .filter((row) => GAP_REASONS.includes(row.value))
    .reduce((sum, row) => sum + Number(row.attempts), 0);
  return {
    range: rangeOf(query.range),
    catalogue: catalogueRows(reasonCounts),
    rules: ruleRows(reasonCounts),
    categories: categoryRows(categoryCounts),
    stray: strayReasons(labelRows('reason', reasonCounts)),
    unrecognised: { attempts: gapAttempts, groups, sampleLimit: FINGERPRINT_SAMPLE },
  };
}
