import 'server-only';
import { Prisma } from '@/lib/db/generated/client';
import type { BreakdownDimension } from '@/lib/reports/breakdown-types';

// Rollup columns by dimension: fixed identifiers, so grouping never splices caller text.
export const DIMENSION_COLUMNS: Record<BreakdownDimension, Prisma.Sql> = {
  reason: Prisma.sql`reason`,
  category: Prisma.sql`category`,
  enhancedCode: Prisma.sql`enhanced_code`,
  smtpCode: Prisma.sql`smtp_code`,
  provider: Prisma.sql`provider`,
  domain: Prisma.sql`recipient_domain`,
  sendingIp: Prisma.sql`sending_ip`,
  virtualMta: Prisma.sql`virtual_mta`,
  sendId: Prisma.sql`send_id`,
};
