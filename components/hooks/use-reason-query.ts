'use client';

import { useReportQuery } from '@/components/hooks/report-query';
import type { ReasonDetailReport } from '@/lib/reports/reason-detail';

export function useReasonQuery(id: string, search: string, refetchInterval: number | false) {
  return useReportQuery<ReasonDetailReport>(
    `reasons/${encodeURIComponent(id)}`,
    search,
    refetchInterval,
  );
}
