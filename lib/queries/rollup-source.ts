import 'server-only';
import { Prisma } from '@/lib/db/generated/client';
import { FILTER_COLUMNS } from '@/lib/queries/rollup-where';
import { CUBES, type Cube, type RollupColumn } from '@/lib/rollups/cubes';
import type { ReportFilters } from '@/lib/reports/report-filters';
import type { ResolvedRange } from '@/lib/reports/report-range';

// Where a rollup query reads from: the smallest cube that keys on every column the query
// filters or groups by (whole UTC days from the daily grain, the ragged ends by the hour),
// else the wide hourly rollup. Either way the rows come with the wide
// rollup's column names, so a query is written once for all of them.

const DAY_MS = 86_400_000;

export interface RollupRead {
  range: Pick<ResolvedRange, 'from' | 'to'>;
  filters: ReportFilters;
  /** The columns the query groups by or reads, beyond those its filters name. */
  columns: readonly RollupColumn[];
  /** A series bucketed by the hour reads hourly rows only. */
  byHour?: boolean;
}

export function rollupRows({ range, filters, columns, byHour = false }: RollupRead): Prisma.Sql {
  const filtered = new Set<RollupColumn>();
  for (const [name, column] of Object.entries(FILTER_COLUMNS)) {
    if (filters[name as keyof typeof FILTER_COLUMNS] !== undefined) filtered.add(column);
  }
  const needed = [...new Set([...columns, ...filtered])];
  const covering = CUBES.filter((cube) => needed.every((column) => cube.keys.includes(column)));
  const cube =
    covering.find((candidate) => candidate.keys[0] && filtered.has(candidate.keys[0])) ??
    covering[0];
  if (!cube) return Prisma.sql`attempt_rollups_hourly`;
  const named = cube.keys.map((column, index) =>
    column === 'is_retry' ? `(key${index + 1} = 'true') AS is_retry` : `key${index + 1} AS ${column}`,
  );
  return cubeRows(cube, named, range, byHour);
}

/**
 * The rows of one cube in the range as a FROM item `rollup` with bucket, status, the
 * `named` key columns (SQL of ours such as `key1 AS recipient_domain`) and attempts. A
 * cube kept by the day only reads its hours from the wide rollup, by its `keys`.
 */
export function cubeRows(
  cube: Pick<Cube, 'id' | 'hourly'> & { keys?: readonly RollupColumn[] },
  named: readonly string[],
  range: Pick<ResolvedRange, 'from' | 'to'>,
  byHour: boolean,
): Prisma.Sql {
  const columns = Prisma.raw(['bucket', 'status', ...named, 'attempts'].join(', '));
  const wideColumns = Prisma.raw(['bucket', 'status', ...(cube.keys ?? []), 'attempts'].join(', '));
  const ofCube = Prisma.raw(`cube = ${Number(cube.id)}`);
  const days = (from: Date, to: Date) => Prisma.sql`
    SELECT ${columns} FROM attempt_cubes_daily
    WHERE ${ofCube} AND bucket >= ${from} AND bucket < ${to}`;
  const hours = (from: Date, to: Date) =>
    cube.hourly
      ? Prisma.sql`
        SELECT ${columns} FROM attempt_cubes_hourly
        WHERE ${ofCube} AND bucket >= ${from} AND bucket < ${to}`
      : Prisma.sql`
        SELECT ${wideColumns} FROM attempt_rollups_hourly WHERE bucket >= ${from} AND bucket < ${to}`;
  const firstDay = new Date(Math.ceil(range.from.getTime() / DAY_MS) * DAY_MS);
  const endDay = new Date(Math.floor(range.to.getTime() / DAY_MS) * DAY_MS);
  if (byHour || firstDay >= endDay) return Prisma.sql`(${hours(range.from, range.to)}) AS rollup`;
  return Prisma.sql`(
    ${hours(range.from, firstDay)}
    UNION ALL ${days(firstDay, endDay)}
    UNION ALL ${hours(endDay, range.to)}
  ) AS rollup`;
}
