import 'server-only';
import { getReportDatabase } from '@/lib/db/client';
import { queryDomainList, type DomainRow } from '@/lib/queries/domain-list';
import { DOMAIN_PAGE_SIZE, type DomainListQuery } from '@/lib/reports/domain-list-query';

export interface DomainListReport {
  range: { from: string; to: string };
  domains: DomainRow[];
  page: number;
  pageSize: number;
  domainCount: number;
}

export async function domainListReport(query: DomainListQuery): Promise<DomainListReport> {
  const database = await getReportDatabase();
  const { rows, domainCount } = await queryDomainList(database, query, DOMAIN_PAGE_SIZE);
  return {
    range: { from: query.range.from.toISOString(), to: query.range.to.toISOString() },
    domains: rows,
    page: query.list.page,
    pageSize: DOMAIN_PAGE_SIZE,
    domainCount,
  };
}
