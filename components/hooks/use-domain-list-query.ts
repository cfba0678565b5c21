'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/client/api-fetch';
import { queryKeys } from '@/lib/client/query-keys';
import type { DomainListReport } from '@/lib/reports/domain-list';

// The previous page stays on screen while the next one loads: paging never flashes empty.
export function useDomainListQuery(search: string, refetchInterval: number | false) {
  return useQuery({
    queryKey: queryKeys.report('domains', search),
    queryFn: ({ signal }) => apiFetch<DomainListReport>(`/api/domains?${search}`, signal),
    placeholderData: keepPreviousData,
    refetchInterval,
  });
}
