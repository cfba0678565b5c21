import 'server-only';
import { Prisma } from '@/lib/db/generated/client';
import type { RollupColumn } from '@/lib/rollups/cubes';
import type { ReportFilters } from '@/lib/reports/report-filters';

// The WHERE clause of every rollup query, composed from values only: never spliced text.
// The time range is not in it: the rows of lib/queries/rollup-source.ts are bounded already.

/** The rollup column each filter narrows. */
export const FILTER_COLUMNS = {
  domain: 'recipient_domain',
  sendingIp: 'sending_ip',
  virtualMta: 'virtual_mta',
  sendId: 'send_id',
  category: 'category',
  reason: 'reason',
  provider: 'provider',
  enhancedCode: 'enhanced_code',
  smtpCode: 'smtp_code',
} as const satisfies Record<Exclude<keyof ReportFilters, 'status'>, RollupColumn>;

/** The domain, when it is the view's only filter besides status (what the MX and delay cubes keep). */
export function soleDomainFilter(filters: ReportFilters): string | null {
  const { domain, ...others } = { ...filters, status: undefined };
  return domain !== undefined && Object.values(others).every((value) => value === undefined)
    ? domain
    : null;
}

export function rollupWhere(filters: ReportFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (filters.status?.length) conditions.push(Prisma.sql`status = ANY(${filters.status}::text[])`);
  for (const [name, column] of Object.entries(FILTER_COLUMNS)) {
    const value = filters[name as keyof typeof FILTER_COLUMNS];
    if (value !== undefined) conditions.push(Prisma.sql`${Prisma.raw(column)} = ${value}`);
  }
  return Prisma.join(conditions, ' AND ');
}
