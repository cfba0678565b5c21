'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/client/api-fetch';
import { queryKeys } from '@/lib/client/query-keys';
import type { AttemptLogReport } from '@/lib/reports/attempt-log';

// The previous page stays on screen while the next one loads: paging never flashes empty.
export function useAttemptLogQuery(search: string, refetchInterval: number | false) {
  return useQuery({
    queryKey: queryKeys.report('attempts', search),
    queryFn: ({ signal }) => apiFetch<AttemptLogReport>(`/api/attempts?${search}`, signal),
    placeholderData: keepPreviousData,
    refetchInterval,
  });
}
