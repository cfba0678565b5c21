import 'server-only';
import { getReportDatabase } from '@/lib/db/client';
import { queryAttemptLog, shownAttempt, type LogAttempt } from '@/lib/queries/attempt-log';
import { encodeCursor } from '@/lib/reports/attempt-cursor';
import type { LogQuery } from '@/lib/reports/log-query';

export interface AttemptLogReport {
  range: { from: string; to: string };
  attempts: LogAttempt[];
  /** Token for the next (older) page, or null on the last page. */
  nextCursor: string | null;
}

export const LOG_PAGE_SIZE = 50;

export async function attemptLogReport(
  query: LogQuery,
  pageSize = LOG_PAGE_SIZE,
): Promise<AttemptLogReport> {
  const database = await getReportDatabase();
  // One row more than shown tells whether an older page exists without a count.
  const rows = await queryAttemptLog(database, query, pageSize + 1);
  const shown = rows.slice(0, pageSize);
  const last = shown.at(-1);
  return {
    range: { from: query.range.from.toISOString(), to: query.range.to.toISOString() },
    attempts: shown.map(shownAttempt),
    nextCursor:
      rows.length > pageSize && last
        ? encodeCursor({ attemptedAt: last.position, id: last.id })
        : null,
  };
}
