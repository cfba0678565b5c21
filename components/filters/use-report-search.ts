'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { useShareView } from '@/components/share/share-view-context';
import { sharedPageChanges, sharedPageSearch } from '@/lib/client/share-request';
import { reportSearch, withParam } from '@/lib/reports/report-links';

export { hrefWith, withFilter, withoutFilter } from '@/lib/reports/report-links';

const LIVE_INTERVAL_MS = 15_000;

export interface ReportSearch {
  /** The whole query string of the page, live flag included. */
  params: URLSearchParams;
  /** Only the report parameters, for API calls and query keys. */
  apiSearch: string;
  live: boolean;
  /** For react-query: refetch while the Live toggle is on. */
  refetchInterval: number | false;
  /** Sets several parameters at once; null or '' removes one. */
  update: (changes: Record<string, string | null>) => void;
}

/** Reads and writes the view's URL, replacing history so Back leaves the page, not a filter. */
export function useReportSearch(): ReportSearch {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const share = useShareView();
  // A shared page shows the link's stored view, whatever its own address says.
  const current = share
    ? sharedPageSearch(searchParams.toString(), share.query)
    : searchParams.toString();

  const update = useCallback(
    (changes: Record<string, string | null>) => {
      let next = current;
      const allowed = share ? sharedPageChanges(changes) : changes;
      for (const [name, value] of Object.entries(allowed)) next = withParam(next, name, value);
      router.replace(next ? `${pathname}?${next}` : pathname, { scroll: false });
    },
    [current, pathname, router, share],
  );

  return useMemo(() => {
    const live = searchParams.get('live') === '1';
    return {
      params: new URLSearchParams(current),
      apiSearch: reportSearch(current),
      live,
      refetchInterval: live ? LIVE_INTERVAL_MS : false,
      update,
    };
  }, [current, searchParams, update]);
}
