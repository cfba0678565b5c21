'use client';

import { useEffect, useRef } from 'react';
import type { ReportSearch } from '@/components/filters/use-report-search';
import { viewSignature } from '@/lib/reports/drilldown-search';

/** Drops the page position (cursor or page number) when anything else in the view changes. */
export function usePositionReset(view: ReportSearch, apiSearch: string, param: 'cursor' | 'page') {
  const signature = viewSignature(apiSearch, param);
  const previous = useRef(signature);
  const { update, params } = view;
  const hasPosition = params.has(param);
  useEffect(() => {
    if (previous.current === signature) return;
    previous.current = signature;
    if (hasPosition) update({ [param]: null });
  }, [signature, hasPosition, update, param]);
}
