import 'server-only';
import { loadConfig } from '@/lib/config/env';
import { Prisma } from '@/lib/db/generated/client';
import { FILTER_COLUMNS } from '@/lib/queries/rollup-where';
import {
  ATTEMPT_COLUMN_SQL,
  CUBES,
  DELAY_CUBE,
  delayBucketSql,
  MX_CUBE,
  WIDE_COLUMNS,
  type Cube,
  type RollupColumn,
} from '@/lib/rollups/cubes';
import type { ReportFilters } from '@/lib/reports/report-filters';
import type { ResolvedRange } from '@/lib/reports/report-range';

// Where a rollup query reads from. Whole UTC days come from the daily cubes, whole hours
// from the hourly ones (or the wide rollup), and the minutes before the first whole hour
// and after the last from the attempts themselves, so "the last 24 hours" means exactly
// that. The cube is the smallest that keys on every column the query filters or groups by,
// else the wide rollup. Either way the rows come with the wide rollup's column names
// (bucket, status, the dimensions, attempts), so a query is written once for all of them.

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

interface SourceColumn {
  name: string;
  /** The column as a cube row gives it. */
  fromCube: string;
  /** The column as an attempt gives it. */
  fromAttempt: string;
}

interface Source {
  /** A cube id, or null for the wide rollup. */
  cube: number | null;
  /** Kept by the hour; a day-only cube reads its hours from the wide rollup. */
  hourly: boolean;
  columns: readonly SourceColumn[];
  /** Which attempts count in it at all. */
  attemptWhere?: string;
}

export interface RollupRead {
  range: Pick<ResolvedRange, 'from' | 'to'>;
  filters: ReportFilters;
  /** The columns the query groups by or reads, beyond those its filters name. */
  columns: readonly RollupColumn[];
  /** A series bucketed by the hour reads no daily rows. */
  byHour?: boolean;
}

function wideColumn(column: RollupColumn, index: number): SourceColumn {
  const key = `key${index + 1}`;
  return {
    name: column,
    fromCube: column === 'is_retry' ? `(${key} = 'true')` : key,
    fromAttempt: ATTEMPT_COLUMN_SQL[column],
  };
}

const WIDE_SOURCE: Source = {
  cube: null,
  hourly: true,
  columns: WIDE_COLUMNS.map((column) => ({ name: column, fromCube: column, fromAttempt: ATTEMPT_COLUMN_SQL[column] })),
};

/** The MX hosts tried per domain (mx_hostname and mx_ip are '' when absent). */
export const MX_SOURCE: Source = {
  cube: MX_CUBE,
  hourly: true,
  columns: [
    { name: 'recipient_domain', fromCube: 'key1', fromAttempt: 'recipient_domain' },
    { name: 'mx_hostname', fromCube: 'key2', fromAttempt: "coalesce(mx_hostname, '')" },
    { name: 'mx_ip', fromCube: 'key3', fromAttempt: "coalesce(mx_ip, '')" },
  ],
};

/** Accepted attempts per domain and delay_bucket (lib/reports/delay-histogram.ts). */
export const DELAY_SOURCE: Source = {
  cube: DELAY_CUBE,
  hourly: true,
  columns: [
    { name: 'recipient_domain', fromCube: 'key1', fromAttempt: 'recipient_domain' },
    { name: 'delay_bucket', fromCube: 'key2::int', fromAttempt: `${delayBucketSql('delivery_attempts')}::int` },
  ],
  attemptWhere: "status = 'success' AND injected_at IS NOT NULL",
};

function cubeSource(cube: Cube): Source {
  return { cube: cube.id, hourly: cube.hourly, columns: cube.keys.map(wideColumn) };
}

/** The rows of the cube (or wide rollup) that covers the query, as a FROM item `rollup`. */
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
  return sourceRows(cube ? cubeSource(cube) : WIDE_SOURCE, range, byHour);
}

const floorTo = (time: Date, step: number) => new Date(Math.floor(time.getTime() / step) * step);
const ceilTo = (time: Date, step: number) => new Date(Math.ceil(time.getTime() / step) * step);

interface RangeParts {
  /** Minutes read from the attempts, before and after the whole hours. */
  head: [Date, Date] | null;
  tail: [Date, Date] | null;
  /** Whole hours read from the rollups; null when the range lies inside one hour. */
  hours: [Date, Date] | null;
}

/**
 * Splits a range into whole hours and the minutes at its ends. Minutes are read from the
 * attempts only while those are surely kept (a day inside the raw retention); older ends
 * widen to their whole hour instead.
 */
export function rangeParts(range: Pick<ResolvedRange, 'from' | 'to'>, now = new Date()): RangeParts {
  const rawSince = now.getTime() - (loadConfig().retention.rawDays - 1) * DAY_MS;
  const kept = (time: Date) => time.getTime() >= rawSince;
  let start = ceilTo(range.from, HOUR_MS);
  let end = floorTo(range.to, HOUR_MS);
  if (start > end) {
    if (kept(floorTo(range.from, HOUR_MS))) return { head: [range.from, range.to], tail: null, hours: null };
    return { head: null, tail: null, hours: [floorTo(range.from, HOUR_MS), ceilTo(range.to, HOUR_MS)] };
  }
  let head: [Date, Date] | null = null;
  let tail: [Date, Date] | null = null;
  if (range.from < start) {
    if (kept(floorTo(range.from, HOUR_MS))) head = [range.from, start];
    else start = floorTo(range.from, HOUR_MS);
  }
  if (end < range.to) {
    if (kept(end)) tail = [end, range.to];
    else end = ceilTo(range.to, HOUR_MS);
  }
  return { head, tail, hours: start < end ? [start, end] : null };
}

/** The rows of one source in the range, as a FROM item `rollup`. */
export function sourceRows(
  source: Source,
  range: Pick<ResolvedRange, 'from' | 'to'>,
  byHour: boolean,
): Prisma.Sql {
  const list = (pick: (column: SourceColumn) => string, bucket = 'bucket', attempts = 'attempts') =>
    Prisma.raw(
      [
        `${bucket} AS bucket`,
        'status',
        ...source.columns.map((c) => `${pick(c)} AS ${c.name}`),
        `${attempts} AS attempts`,
      ].join(', '),
    );
  const ofCube = Prisma.raw(`cube = ${Number(source.cube)}`);
  const days = (from: Date, to: Date) => Prisma.sql`
    SELECT ${list((c) => c.fromCube)} FROM attempt_cubes_daily
    WHERE ${ofCube} AND bucket >= ${from} AND bucket < ${to}`;
  const hours = (from: Date, to: Date) =>
    source.cube !== null && source.hourly
      ? Prisma.sql`
        SELECT ${list((c) => c.fromCube)} FROM attempt_cubes_hourly
        WHERE ${ofCube} AND bucket >= ${from} AND bucket < ${to}`
      : Prisma.sql`
        SELECT ${list((c) => c.name)} FROM attempt_rollups_hourly
        WHERE bucket >= ${from} AND bucket < ${to}`;
  const attemptsOnly = Prisma.raw(source.attemptWhere ? `AND ${source.attemptWhere}` : '');
  const minutes = ([from, to]: [Date, Date]) => Prisma.sql`
    SELECT ${list((c) => c.fromAttempt, "date_trunc('hour', attempted_at, 'UTC')", '1::bigint')}
    FROM delivery_attempts
    WHERE attempted_at >= ${from} AND attempted_at < ${to} ${attemptsOnly}`;

  const parts = rangeParts(range);
  const reads: Prisma.Sql[] = [];
  if (parts.head) reads.push(minutes(parts.head));
  if (parts.hours) {
    const [start, end] = parts.hours;
    const firstDay = ceilTo(start, DAY_MS);
    const endDay = floorTo(end, DAY_MS);
    if (byHour || source.cube === null || firstDay >= endDay) reads.push(hours(start, end));
    else reads.push(hours(start, firstDay), days(firstDay, endDay), hours(endDay, end));
  }
  if (parts.tail) reads.push(minutes(parts.tail));
  return Prisma.sql`(${Prisma.join(reads, ' UNION ALL ')}) AS rollup`;
}
