import 'server-only';
import { getReportDatabase } from '@/lib/db/client';
import { queryIngestMinutes } from '@/lib/queries/ingest-minutes';
import { queryLastEventAt } from '@/lib/queries/last-event';
import { queryOtherEventCounts, type OtherEventCount } from '@/lib/queries/other-event-counts';
import { queryRejectedExamples, type RejectedExample } from '@/lib/queries/rejected-examples';
import { queryRejectedReasons, type RejectedReason } from '@/lib/queries/rejected-reasons';
import {
  fillIngestSeries,
  ingestStepFor,
  sumIngestCounts,
  type IngestCounts,
  type IngestPoint,
  type IngestStep,
} from '@/lib/reports/ingest-series';
import type { ResolvedRange } from '@/lib/reports/report-range';

export interface IngestionReport {
  range: { from: string; to: string; step: IngestStep };
  lastEventAt: string | null;
  totals: IngestCounts;
  series: IngestPoint[];
  otherEvents: OtherEventCount[];
  rejectedReasons: RejectedReason[];
  rejectedExamples: RejectedExample[];
}

const EXAMPLES_PER_REASON = 3;

/** Webhook health over the range; the attempt filters do not apply to it. */
export async function ingestionReport(
  requested: ResolvedRange,
  now = new Date(),
): Promise<IngestionReport> {
  const database = await getReportDatabase();
  // A rolling preset ends on the next full hour; the minutes after now are not charted.
  const end = Math.ceil(now.getTime() / 60_000) * 60_000;
  const range = {
    ...requested,
    to: new Date(
      Math.min(requested.to.getTime(), Math.max(end, requested.from.getTime() + 60_000)),
    ),
  };
  const step = ingestStepFor(range.from, range.to);
  const [minutes, lastEventAt, otherEvents, rejectedReasons, rejectedExamples] = await Promise.all([
    queryIngestMinutes(database, range, step),
    queryLastEventAt(database),
    queryOtherEventCounts(database, range),
    queryRejectedReasons(database, range),
    queryRejectedExamples(database, range, EXAMPLES_PER_REASON),
  ]);
  const series = fillIngestSeries(minutes, range.from, range.to, step);
  return {
    range: { from: range.from.toISOString(), to: range.to.toISOString(), step },
    lastEventAt,
    totals: sumIngestCounts(series),
    series,
    otherEvents,
    rejectedReasons,
    rejectedExamples,
  };
}
