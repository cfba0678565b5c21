'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiPath } from '@/components/share/share-view-context';
import { apiFetch } from '@/lib/client/api-fetch';
import { queryKeys } from '@/lib/client/query-keys';

/**
 * Shared options of the report hooks: the old view stays on screen while the next loads,
 * and inside a shared view the request goes to that link's API.
 */
export function useReportQuery<Report>(
  endpoint: string,
  search: string,
  refetchInterval: number | false,
) {
  const apiPath = useApiPath();
  const path = apiPath(`/api/${endpoint}?${search}`);
  return useQuery({
    queryKey: queryKeys.report(endpoint, path),
    queryFn: ({ signal }) => apiFetch<Report>(path, signal),
    placeholderData: keepPreviousData,
    refetchInterval,
  });
}

/** What a QueryPanel needs from a query: loading, error and how to retry. */
export function panelState(query: {
  isPending: boolean;
  error: Error | null;
  refetch: () => Promise<unknown>;
}) {
  return { isPending: query.isPending, error: query.error, onRetry: () => void query.refetch() };
}
