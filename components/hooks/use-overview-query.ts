'use client';

import { useReportQuery } from '@/components/hooks/report-query';
import type { OverviewReport } from '@/lib/reports/overview';

export function useOverviewQuery(search: string, refetchInterval: number | false = false) {
  return useReportQuery<OverviewReport>('overview', search, refetchInterval);
}
