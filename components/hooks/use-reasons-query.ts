'use client';

import { useReportQuery } from '@/components/hooks/report-query';
import type { ReasonsReport } from '@/lib/reports/reasons';

export function useReasonsQuery(search: string, refetchInterval: number | false) {
  return useReportQuery<ReasonsReport>('reasons', search, refetchInterval);
}
