'use client';

import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { panelState } from '@/components/hooks/report-query';
import { useOverviewQuery } from '@/components/hooks/use-overview-query';
import {
  LatestPanel,
  TopReasonsPanel,
  TotalsPanel,
  TroublePanel,
  type OverviewPanelProps,
} from '@/components/overview/overview-panels';

export function OverviewPage() {
  const search = useReportSearch();
  const overview = useOverviewQuery(search.apiSearch, search.refetchInterval);
  const panel: OverviewPanelProps = {
    report: overview.data,
    state: panelState(overview),
    search: search.apiSearch,
    timeZone: search.params.get('tz') ?? 'UTC',
  };
  return (
    <>
      <FilterBar title="Overview" />
      <TotalsPanel {...panel} />
      <TopReasonsPanel {...panel} />
      <TroublePanel {...panel} />
      <LatestPanel {...panel} />
    </>
  );
}
