'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/client/api-fetch';
import { queryKeys } from '@/lib/client/query-keys';
import type { OverviewReport } from '@/lib/reports/overview';

export function useOverviewQuery(search: string, refetchInterval: number | false = false) {
  return useQuery({
    queryKey: queryKeys.report('overview', search),
    queryFn: ({ signal }) => apiFetch<OverviewReport>(`/api/overview?${search}`, signal),
    placeholderData: keepPreviousData,
    refetchInterval,
  });
}
