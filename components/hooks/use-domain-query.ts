'use client';

import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/client/api-fetch';
import { queryKeys } from '@/lib/client/query-keys';
import type { DomainDetailReport } from '@/lib/reports/domain-detail';

export function useDomainQuery(domain: string, search: string, refetchInterval: number | false) {
  const endpoint = `domains/${encodeURIComponent(domain)}`;
  return useQuery({
    queryKey: queryKeys.report(endpoint, search),
    queryFn: ({ signal }) => apiFetch<DomainDetailReport>(`/api/${endpoint}?${search}`, signal),
    refetchInterval,
  });
}
