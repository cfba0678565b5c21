import 'server-only';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { rollupRows } from '@/lib/queries/rollup-source';
import { rollupWhere } from '@/lib/queries/rollup-where';
import type { DomainListQuery, DomainSort } from '@/lib/reports/domain-list-query';

export interface DomainRow {
  domain: string;
  attempts: number;
  success: number;
  deferral: number;
  /** failure and failure_toolong together: both end the message. */
  failure: number;
  connmaxout: number;
}

export interface DomainPage {
  rows: DomainRow[];
  /** Domains matching the filters and search, across all pages. */
  domainCount: number;
}

// Sort keys map to fixed SQL: the URL chooses among them, it never supplies text.
const ORDER_BY: Record<DomainSort, Prisma.Sql> = {
  domain: Prisma.sql`domain`,
  attempts: Prisma.sql`attempts`,
  acceptanceRate: Prisma.sql`success / attempts`,
  deferralRate: Prisma.sql`deferral / attempts`,
  failureRate: Prisma.sql`failure / attempts`,
  connmaxoutRate: Prisma.sql`connmaxout / attempts`,
};

/** One page of recipient domains with their status counts, sorted in the database. */
export async function queryDomainList(
  database: Database,
  { range, filters, list }: Pick<DomainListQuery, 'range' | 'filters' | 'list'>,
  pageSize: number,
): Promise<DomainPage> {
  const search =
    list.q === undefined ? Prisma.sql`true` : Prisma.sql`strpos(recipient_domain, ${list.q}) > 0`;
  const direction = list.dir === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const rows = await database.$queryRaw<(DomainRow & { domainCount: number })[]>`
    WITH per_domain AS (
      SELECT recipient_domain AS domain, sum(attempts)::float8 AS attempts,
             coalesce(sum(attempts) FILTER (WHERE status = 'success'), 0)::float8 AS success,
             coalesce(sum(attempts) FILTER (WHERE status = 'deferral'), 0)::float8 AS deferral,
             coalesce(sum(attempts) FILTER (WHERE status IN ('failure', 'failure_toolong')), 0)::float8
               AS failure,
             coalesce(sum(attempts) FILTER (WHERE status = 'connmaxout'), 0)::float8 AS connmaxout
      FROM ${rollupRows({ range, filters, columns: ['recipient_domain'] })}
      WHERE ${rollupWhere(filters)} AND ${search}
      GROUP BY recipient_domain
    )
    SELECT domain, attempts, success, deferral, failure, connmaxout,
           (count(*) OVER ())::int AS "domainCount"
    FROM per_domain
    ORDER BY ${ORDER_BY[list.sort]} ${direction}, domain ASC
    LIMIT ${pageSize} OFFSET ${(list.page - 1) * pageSize}`;
  const domainCount =
    rows[0]?.domainCount ??
    (list.page > 1 ? await countDomains(database, range, filters, search) : 0);
  const shown = rows.map(({ domain, attempts, success, deferral, failure, connmaxout }) => ({
    domain,
    attempts,
    success,
    deferral,
    failure,
    connmaxout,
  }));
  return { rows: shown, domainCount };
}

/** Past the last page no row carries the window count, so it is asked for alone. */
async function countDomains(
  database: Database,
  range: DomainListQuery['range'],
  filters: DomainListQuery['filters'],
  search: Prisma.Sql,
): Promise<number> {
  const counted = await database.$queryRaw<{ count: number }[]>`
    SELECT count(DISTINCT recipient_domain)::int AS count
    FROM ${rollupRows({ range, filters, columns: ['recipient_domain'] })}
    WHERE ${rollupWhere(filters)} AND ${search}`;
  return counted[0]?.count ?? 0;
}
