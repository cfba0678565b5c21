import 'server-only';
import { Prisma } from '@/lib/db/generated/client';
import type { ReportFilters } from '@/lib/reports/report-filters';
import type { LogFilters } from '@/lib/reports/log-query';

// The WHERE clause over delivery_attempts, composed from values only, as rollupWhere is.

const ATTEMPT_COLUMNS = {
  domain: Prisma.sql`recipient_domain`,
  sendingIp: Prisma.sql`sending_ip`,
  virtualMta: Prisma.sql`virtual_mta`,
  sendId: Prisma.sql`send_id`,
  category: Prisma.sql`category`,
  reason: Prisma.sql`reason`,
  provider: Prisma.sql`provider`,
  enhancedCode: Prisma.sql`enhanced_code`,
} as const;

const LIKE_SPECIAL = /[\\%_]/g;

export function attemptWhere(
  range: { from: Date; to: Date },
  filters: ReportFilters,
  log: LogFilters = {},
): Prisma.Sql {
  const conditions: Prisma.Sql[] = [
    Prisma.sql`attempted_at >= ${range.from}`,
    Prisma.sql`attempted_at < ${range.to}`,
  ];
  if (filters.status?.length) conditions.push(Prisma.sql`status = ANY(${filters.status}::text[])`);
  for (const [name, column] of Object.entries(ATTEMPT_COLUMNS)) {
    const value = filters[name as keyof typeof ATTEMPT_COLUMNS];
    if (value !== undefined) conditions.push(Prisma.sql`${column} = ${value}`);
  }
  if (filters.smtpCode !== undefined) {
    conditions.push(Prisma.sql`smtp_code = ${Number(filters.smtpCode)}::int`);
  }
  if (log.recipient !== undefined) conditions.push(Prisma.sql`recipient = ${log.recipient}`);
  if (log.sender !== undefined) conditions.push(Prisma.sql`sender = ${log.sender}`);
  // Known gap: PGlite cannot load pg_trgm here, so free text is an unindexed ILIKE,
  // bounded by the time range and the page limit rather than by a trigram index.
  if (log.q !== undefined) {
    const pattern = `%${log.q.replace(LIKE_SPECIAL, (special) => `\\${special}`)}%`;
    conditions.push(Prisma.sql`message ILIKE ${pattern}`);
  }
  return Prisma.join(conditions, ' AND ');
}
