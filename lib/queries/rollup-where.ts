import 'server-only';
import { Prisma } from '@/lib/db/generated/client';
import type { ResolvedRange } from '@/lib/reports/report-range';
import type { ReportFilters } from '@/lib/reports/report-filters';

// The WHERE clause of every rollup query, composed from values only: never spliced text.

const ROLLUP_COLUMNS = {
  domain: Prisma.sql`recipient_domain`,
  sendingIp: Prisma.sql`sending_ip`,
  virtualMta: Prisma.sql`virtual_mta`,
  sendId: Prisma.sql`send_id`,
  category: Prisma.sql`category`,
  reason: Prisma.sql`reason`,
  provider: Prisma.sql`provider`,
  enhancedCode: Prisma.sql`enhanced_code`,
  smtpCode: Prisma.sql`smtp_code`,
} as const;

export function rollupWhere(range: Pick<ResolvedRange, 'from' | 'to'>, filters: ReportFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`bucket >= ${range.from}`, Prisma.sql`bucket < ${range.to}`];
  if (filters.status?.length) conditions.push(Prisma.sql`status = ANY(${filters.status}::text[])`);
  for (const [name, column] of Object.entries(ROLLUP_COLUMNS)) {
    const value = filters[name as keyof typeof ROLLUP_COLUMNS];
    if (value !== undefined) conditions.push(Prisma.sql`${column} = ${value}`);
  }
  return Prisma.join(conditions, ' AND ');
}
