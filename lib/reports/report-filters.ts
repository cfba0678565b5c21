import { z } from 'zod';
import { DELIVERY_STATUSES } from '@/lib/greenarrow/delivery-status';
import { reportRangeSchema, resolveRange, type ResolvedRange } from '@/lib/reports/report-range';

// Filters shared by every report and its URL: a view is fully described by its query string.

const statusList = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(z.enum(DELIVERY_STATUSES)));

const dimensionValue = z.string().trim().min(1).max(255);

const timeZone = z
  .string()
  .refine(isTimeZone, { message: 'not an IANA time zone, e.g. Europe/Berlin' });

export const reportFiltersSchema = z.object({
  status: statusList.optional(),
  domain: dimensionValue.transform((value) => value.toLowerCase()).optional(),
  sendingIp: dimensionValue.optional(),
  virtualMta: dimensionValue.optional(),
  sendId: dimensionValue.optional(),
  category: dimensionValue.optional(),
  reason: dimensionValue.optional(),
  provider: dimensionValue.optional(),
  enhancedCode: dimensionValue.optional(),
  smtpCode: z.string().regex(/^[2-5]\d\d$/, 'a three-digit SMTP code').optional(),
});

export type ReportFilters = z.infer<typeof reportFiltersSchema>;

export const FILTER_NAMES = Object.keys(reportFiltersSchema.shape) as (keyof ReportFilters)[];

export const reportQuerySchema = z.object({
  ...reportRangeSchema.shape,
  ...reportFiltersSchema.shape,
  tz: timeZone.optional(),
});

export interface ReportQuery {
  range: ResolvedRange;
  filters: ReportFilters;
  timeZone: string;
}

export type ReportQueryParse = { ok: true; value: ReportQuery } | { ok: false; message: string };

/** Reads range, time zone and filters from a query string; unknown parameters are ignored. */
export function parseReportQuery(params: URLSearchParams, now = new Date()): ReportQueryParse {
  const present = Object.fromEntries(
    Object.keys(reportQuerySchema.shape)
      .map((name) => [name, params.get(name)] as const)
      .filter(([, value]) => value !== null && value !== ''),
  );
  const parsed = reportQuerySchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}` };
  }
  const { range, from, to, tz, ...filters } = parsed.data;
  if ((from === undefined) !== (to === undefined)) {
    return { ok: false, message: 'from and to go together' };
  }
  try {
    return {
      ok: true,
      value: { range: resolveRange({ range, from, to }, now), filters, timeZone: tz ?? 'UTC' },
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'invalid range' };
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
