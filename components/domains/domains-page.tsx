'use client';

import Link from 'next/link';
import type { FormEvent } from 'react';
import { DOMAIN_CSV_COLUMNS, DomainListTable } from '@/components/domains/domain-list-table';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { FilterBar } from '@/components/filters/filter-bar';
import { useReportSearch } from '@/components/filters/use-report-search';
import { useDomainListQuery } from '@/components/hooks/use-domain-list-query';
import { usePositionReset } from '@/components/log/use-position-reset';
import { QueryPanel } from '@/components/query-panel';
import { domainListApiSearch } from '@/lib/reports/drilldown-search';
import { domainListSchema } from '@/lib/reports/domain-list-query';
import { withParam } from '@/lib/reports/report-links';

export function DomainsPage() {
  const view = useReportSearch();
  const apiSearch = domainListApiSearch(view.params);
  usePositionReset(view, apiSearch, 'page');
  const domains = useDomainListQuery(apiSearch, view.refetchInterval);
  const report = domains.data;
  const options = domainListSchema.safeParse(Object.fromEntries(view.params)).data;
  const search = view.params.toString();
  const pages = report ? Math.max(1, Math.ceil(report.domainCount / report.pageSize)) : 1;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    view.update({ q: q || null, page: null });
  };
  const pageHref = (page: number) =>
    `/domains?${withParam(search, 'page', page > 1 ? String(page) : null)}`;

  return (
    <>
      <FilterBar title="Domains" />
      <form
        className="log-filters"
        role="search"
        aria-label="Find a domain"
        onSubmit={submit}
        key={view.params.get('q')}
      >
        <label>
          Domain contains
          <input
            name="q"
            type="search"
            placeholder="e.g. gmail"
            defaultValue={view.params.get('q') ?? ''}
          />
        </label>
        <button type="submit">Search</button>
      </form>
      <QueryPanel
        title="Recipient domains"
        isPending={domains.isPending}
        error={domains.error}
        isEmpty={!report || report.domains.length === 0}
        empty={
          <p>
            No recipient domain had attempts under these filters. Widen the time range or remove a
            filter.
          </p>
        }
        onRetry={() => void domains.refetch()}
      >
        {report && (
          <>
            <div className="panel-actions">
              <span className="muted" data-testid="domain-count">
                {report.domainCount.toLocaleString('en-US')} domains · page {report.page} of {pages}
              </span>
              <CsvDownloadButton
                fileName="domains.csv"
                columns={DOMAIN_CSV_COLUMNS}
                rows={report.domains}
              />
            </div>
            <DomainListTable
              rows={report.domains}
              sort={options?.sort ?? 'attempts'}
              dir={options?.dir ?? 'desc'}
              search={search}
              onSort={(sort, dir) => view.update({ sort, dir, page: null })}
            />
            <nav className="pager" aria-label="Domain pages">
              {report.page > 1 && <Link href={pageHref(report.page - 1)}>← Previous</Link>}
              {report.page < pages && (
                <Link href={pageHref(report.page + 1)} rel="next">
                  Next →
                </Link>
              )}
            </nav>
          </>
        )}
      </QueryPanel>
    </>
  );
}
