'use client';

import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/client/api-fetch';
import { queryKeys } from '@/lib/client/query-keys';
import type { AttemptDetailReport } from '@/lib/reports/attempt-detail';

// A stored attempt never changes, so it is fetched once and kept.
export function useAttemptQuery(id: string) {
  return useQuery({
    queryKey: queryKeys.report(`attempts/${id}`, ''),
    queryFn: ({ signal }) =>
      apiFetch<AttemptDetailReport>(`/api/attempts/${encodeURIComponent(id)}`, signal),
    staleTime: Infinity,
  });
}
