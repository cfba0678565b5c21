import { z } from 'zod';
import { decodeCursor, type AttemptCursor } from '@/lib/reports/attempt-cursor';
import { parseReportQuery, type ReportQuery } from '@/lib/reports/report-filters';

// The log's own parameters on top of the shared report filters.

export const logFiltersSchema = z.object({
  recipient: z.string().trim().min(1).max(320).optional(),
  sender: z.string().trim().min(1).max(320).optional(),
  q: z.string().trim().min(2, 'search at least 2 characters').max(200).optional(),
  cursor: z.string().max(96).optional(),
});

export type LogFilters = Omit<z.infer<typeof logFiltersSchema>, 'cursor'>;

export const LOG_PARAMS = Object.keys(logFiltersSchema.shape) as (keyof z.infer<
  typeof logFiltersSchema
>)[];

export interface LogQuery extends ReportQuery {
  log: LogFilters;
  cursor: AttemptCursor | null;
}

export type LogQueryParse = { ok: true; value: LogQuery } | { ok: false; message: string };

/** Reads the shared report query plus recipient, sender, free text and the page cursor. */
export function parseLogQuery(params: URLSearchParams, now = new Date()): LogQueryParse {
  const report = parseReportQuery(params, now);
  if (!report.ok) return report;
  const present = Object.fromEntries(
    LOG_PARAMS.map((name) => [name, params.get(name)] as const).filter(
      ([, value]) => value !== null && value !== '',
    ),
  );
  const parsed = logFiltersSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const { cursor: token, ...log } = parsed.data;
  const cursor = token === undefined ? null : decodeCursor(token);
  if (token !== undefined && cursor === null) {
    return { ok: false, message: 'cursor: not a cursor from this log; start from the first page' };
  }
  return { ok: true, value: { ...report.value, log, cursor } };
}
