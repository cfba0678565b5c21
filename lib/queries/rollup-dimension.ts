import type { RollupColumn } from '@/lib/rollups/cubes';
import type { BreakdownDimension } from '@/lib/reports/breakdown-types';

// Rollup columns by dimension: fixed identifiers, so grouping never splices caller text.
export const DIMENSION_COLUMNS: Record<BreakdownDimension, RollupColumn> = {
  reason: 'reason',
  category: 'category',
  enhancedCode: 'enhanced_code',
  smtpCode: 'smtp_code',
  provider: 'provider',
  domain: 'recipient_domain',
  sendingIp: 'sending_ip',
  virtualMta: 'virtual_mta',
  sendId: 'send_id',
};
