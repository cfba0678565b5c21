'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/client/api-fetch';
import { queryKeys } from '@/lib/client/query-keys';
import type { IngestionReport } from '@/lib/reports/ingestion';

// The previous page stays on screen while the next one loads: paging never flashes empty.
export function useIngestionQuery(search: string, refetchInterval: number | false) {
  return useQuery({
    queryKey: queryKeys.report('ingestion', search),
    queryFn: ({ signal }) => apiFetch<IngestionReport>(`/api/ingestion?${search}`, signal),
    placeholderData: keepPreviousData,
    refetchInterval,
  });
}
