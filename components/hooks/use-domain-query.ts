'use client';

import { useQuery } from '@tanstack/react-query';
import { useApiPath } from '@/components/share/share-view-context';
import { apiFetch } from '@/lib/client/api-fetch';
import { queryKeys } from '@/lib/client/query-keys';
import type { DomainDetailReport } from '@/lib/reports/domain-detail';

export function useDomainQuery(domain: string, search: string, refetchInterval: number | false) {
  const endpoint = `domains/${encodeURIComponent(domain)}`;
  const path = useApiPath()(`/api/${endpoint}?${search}`);
  return useQuery({
    queryKey: queryKeys.report(endpoint, path),
    queryFn: ({ signal }) => apiFetch<DomainDetailReport>(path, signal),
    refetchInterval,
  });
}
