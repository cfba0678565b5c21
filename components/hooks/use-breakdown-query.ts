'use client';

import { useReportQuery } from '@/components/hooks/report-query';
import type { BreakdownReport } from '@/lib/reports/breakdowns';
import type { StatusSetName } from '@/lib/reports/status-sets';

/** Deferral or failure breakdowns (`/api/breakdowns?set=...`). */
export function useBreakdownQuery(
  set: StatusSetName,
  search: string,
  refetchInterval: number | false,
) {
  const query = search ? `set=${set}&${search}` : `set=${set}`;
  return useReportQuery<BreakdownReport>('breakdowns', query, refetchInterval);
}
