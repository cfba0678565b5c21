'use client';

import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { panelState } from '@/components/hooks/report-query';
import { useReasonsQuery } from '@/components/hooks/use-reasons-query';
import { CatalogueTable } from '@/components/reasons/catalogue-table';
import {
  CategoriesPanel,
  StrayReasonsPanel,
  UnrecognisedPanel,
  type ReasonsPanelProps,
} from '@/components/reasons/reasons-panels';
import { RuleTable } from '@/components/reasons/rule-table';
import { QueryPanel } from '@/components/query-panel';

// Seen reasons first; among the unseen, the documented order stays (the sort is stable).
function bySeen<Row extends { attempts: number }>(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => b.attempts - a.attempts);
}

/** The catalogue as a page: every message and rule with its count, and the gaps. */
export function ReasonsPage() {
  const search = useReportSearch();
  const reasons = useReasonsQuery(search.apiSearch, search.refetchInterval);
  const report = reasons.data;
  const panel: ReasonsPanelProps = { report, state: panelState(reasons), search: search.apiSearch };
  return (
    <>
      <FilterBar title="Reasons" />
      <UnrecognisedPanel {...panel} />
      <CategoriesPanel {...panel} />
      <QueryPanel title="Provider rules" {...panel.state} isEmpty={false} empty={null}>
        {report && <RuleTable rows={bySeen(report.rules)} search={panel.search} />}
      </QueryPanel>
      <QueryPanel title="GreenArrow messages" {...panel.state} isEmpty={false} empty={null}>
        {report && <CatalogueTable rows={bySeen(report.catalogue)} search={panel.search} />}
      </QueryPanel>
      <StrayReasonsPanel {...panel} />
    </>
  );
}
