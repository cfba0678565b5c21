import { z } from 'zod';
import { parseReportQuery, type ReportQuery } from '@/lib/reports/report-filters';

// The domain list's own parameters: sort column, direction, page and a name search.

export const DOMAIN_SORTS = [
  'domain',
  'attempts',
  'acceptanceRate',
  'deferralRate',
  'failureRate',
  'connmaxoutRate',
] as const;
export type DomainSort = (typeof DOMAIN_SORTS)[number];

export const DOMAIN_PAGE_SIZE = 50;

export const domainListSchema = z.object({
  sort: z.enum(DOMAIN_SORTS).default('attempts'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  q: z.string().trim().toLowerCase().min(1).max(255).optional(),
});

export type DomainListOptions = z.infer<typeof domainListSchema>;
export const DOMAIN_LIST_PARAMS = Object.keys(
  domainListSchema.shape,
) as (keyof DomainListOptions)[];

export interface DomainListQuery extends ReportQuery {
  list: DomainListOptions;
}

export type DomainListParse = { ok: true; value: DomainListQuery } | { ok: false; message: string };

export function parseDomainListQuery(params: URLSearchParams, now = new Date()): DomainListParse {
  const report = parseReportQuery(params, now);
  if (!report.ok) return report;
  const present = Object.fromEntries(
    DOMAIN_LIST_PARAMS.map((name) => [name, params.get(name)] as const).filter(
      ([, value]) => value !== null && value !== '',
    ),
  );
  const parsed = domainListSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { ok: true, value: { ...report.value, list: parsed.data } };
}
