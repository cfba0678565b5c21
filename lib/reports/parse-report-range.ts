import { reportRangeSchema, resolveRange, type ResolvedRange } from '@/lib/reports/report-range';

export type RangeParse = { ok: true; value: ResolvedRange } | { ok: false; message: string };

export function parseReportRange(params: URLSearchParams, now = new Date()): RangeParse {
  const parsed = reportRangeSchema.safeParse({
    range: params.get('range') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${issue?.path.join('.') || 'range'}: ${issue?.message ?? 'invalid'}` };
  }
  try {
    return { ok: true, value: resolveRange(parsed.data, now) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'invalid range' };
  }
}
