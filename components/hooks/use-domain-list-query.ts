'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiPath } from '@/components/share/share-view-context';
import { apiFetch } from '@/lib/client/api-fetch';
import { queryKeys } from '@/lib/client/query-keys';
import type { DomainListReport } from '@/lib/reports/domain-list';

// The previous page stays on screen while the next one loads: paging never flashes empty.
export function useDomainListQuery(search: string, refetchInterval: number | false) {
  const path = useApiPath()(`/api/domains?${search}`);
  return useQuery({
    queryKey: queryKeys.report('domains', path),
    queryFn: ({ signal }) => apiFetch<DomainListReport>(path, signal),
    placeholderData: keepPreviousData,
    refetchInterval,
  });
}
