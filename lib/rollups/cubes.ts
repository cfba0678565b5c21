// Narrow rollups ("cubes") beside the wide hourly rollup. The wide rollup keys every
// dimension at once, so a month of it at millions of attempts a day is millions of rows;
// a dashboard question touches one or two dimensions, and a cube keyed by just those
// answers it from a few thousand rows. Every cube is kept by UTC day, for the whole days
// inside a range; most also by hour, for hour buckets and a range's ragged ends. Cubes keyed
// by a domain and more barely condense by the hour (almost one row per wide row), so their
// ragged ends are read from the wide rollup instead of being written twice.
//
// All cubes share two tables, attempt_cubes_hourly and attempt_cubes_daily, with up to
// three generic key columns; this file is the only place that knows what each key holds.
// Everything here is fixed SQL text, never caller input.

/** Columns of the wide rollup a cube can key on (all text there, except is_retry). */
export type RollupColumn =
  | 'recipient_domain'
  | 'send_id'
  | 'sending_ip'
  | 'virtual_mta'
  | 'reason'
  | 'category'
  | 'provider'
  | 'smtp_code'
  | 'enhanced_code'
  | 'is_retry';

export interface Cube {
  id: number;
  name: string;
  keys: readonly RollupColumn[];
  /** Kept by the hour as well as by the day. */
  hourly: boolean;
}

/**
 * Derived from the wide rollup, smallest first: a query takes the first that covers it,
 * preferring one whose first key it filters on (the tables are indexed by that key).
 */
export const CUBES: readonly Cube[] = [
  { id: 1, name: 'status', keys: [], hourly: true },
  { id: 2, name: 'provider', keys: ['provider'], hourly: true },
  { id: 3, name: 'codes', keys: ['enhanced_code', 'smtp_code'], hourly: true },
  { id: 4, name: 'sending ip', keys: ['sending_ip', 'virtual_mta'], hourly: true },
  { id: 5, name: 'send', keys: ['send_id'], hourly: true },
  { id: 6, name: 'reason', keys: ['reason', 'category'], hourly: true },
  { id: 7, name: 'domain', keys: ['recipient_domain'], hourly: true },
  { id: 8, name: 'reason by ip', keys: ['reason', 'sending_ip', 'virtual_mta'], hourly: true },
  { id: 9, name: 'domain retries', keys: ['recipient_domain', 'is_retry'], hourly: false },
  { id: 10, name: 'domain reasons', keys: ['recipient_domain', 'reason', 'category'], hourly: false },
  { id: 11, name: 'domain ips', keys: ['recipient_domain', 'sending_ip', 'virtual_mta'], hourly: false },
  { id: 14, name: 'reason domains', keys: ['reason', 'recipient_domain'], hourly: false },
];

/**
 * Cubes of what the wide rollup does not keep, counted from the attempts themselves:
 * the MX hosts tried per domain, and a histogram of injection-to-acceptance delay per
 * domain (accepted attempts with an injection time only).
 */
export const MX_CUBE = 12;
export const DELAY_CUBE = 13;

/** Delay histogram: bucket b holds delays d with BASE^b <= d + 1 < BASE^(b+1). */
export const DELAY_BASE = 1.05;

const CUBE_TABLES = { hour: 'attempt_cubes_hourly', day: 'attempt_cubes_daily' } as const;

/** The cubes kept by the hour: the hourly ones above, MX hosts and delays. */
const HOURLY_CUBES: readonly number[] = [
  ...CUBES.filter((cube) => cube.hourly).map((cube) => cube.id),
  MX_CUBE,
  DELAY_CUBE,
];

const KEY_SLOTS = ['key1', 'key2', 'key3'] as const;

function keyText(column: RollupColumn, relation: string): string {
  return column === 'is_retry' ? `${relation}.is_retry::text` : `${relation}.${column}`;
}

/**
 * One row per cube for each row of `relation`, a set with the wide rollup's columns
 * (bucket, status, the dimensions, attempts): cube, bucket, status, key1..key3, attempts.
 */
export function cubeRowsFromWide(relation: string): string {
  const values = CUBES.map((cube) => {
    const keys = KEY_SLOTS.map((_, index) => {
      const column = cube.keys[index];
      return column ? keyText(column, relation) : `''`;
    });
    return `(${cube.id}, ${keys.join(', ')})`;
  });
  return `
    SELECT cube.id AS cube, ${relation}.bucket, ${relation}.status, cube.key1, cube.key2,
           cube.key3, ${relation}.attempts
    FROM ${relation}
    CROSS JOIN LATERAL (VALUES
      ${values.join(',\n      ')}) AS cube(id, key1, key2, key3)`;
}

/** The delay histogram bucket of an accepted attempt, as the key text stored in the cube. */
export function delayBucketSql(relation: string): string {
  return `floor(ln(greatest(extract(epoch FROM ${relation}.attempted_at - ${relation}.injected_at), 0) + 1)
                / ln(${DELAY_BASE}))::int::text`;
}

/**
 * The attempt-level cubes for the rows of `relation` (attempts, with attempted_at,
 * injected_at, status, recipient_domain, mx_hostname, mx_ip), not yet summed.
 */
function cubeRowsFromAttempts(relation: string): string {
  const hour = `date_trunc('hour', ${relation}.attempted_at, 'UTC')`;
  return `
    SELECT ${MX_CUBE} AS cube, ${hour} AS bucket, ${relation}.status,
           ${relation}.recipient_domain AS key1, coalesce(${relation}.mx_hostname, '') AS key2,
           coalesce(${relation}.mx_ip, '') AS key3, 1::bigint AS attempts
    FROM ${relation}
    UNION ALL
    SELECT ${DELAY_CUBE}, ${hour}, ${relation}.status, ${relation}.recipient_domain,
           ${delayBucketSql(relation)}, '', 1::bigint
    FROM ${relation}
    WHERE ${relation}.status = 'success' AND ${relation}.injected_at IS NOT NULL`;
}

const CUBE_KEY = 'cube, bucket, status, key1, key2, key3';

/**
 * Adds summed cube rows (`rows`: cube, bucket, status, key1..key3, attempts) to one grain.
 * Rows go in one key order for every writer, so concurrent batches cannot deadlock.
 */
export function addToCubes(grain: keyof typeof CUBE_TABLES, rows: string): string {
  const table = CUBE_TABLES[grain];
  const bucket = grain === 'hour' ? 'bucket' : `date_trunc('day', bucket, 'UTC')`;
  const kept = grain === 'hour' ? `\n    WHERE cube IN (${HOURLY_CUBES.join(', ')})` : '';
  return `
    INSERT INTO ${table} AS c (${CUBE_KEY}, attempts)
    SELECT cube, ${bucket}, status, key1, key2, key3, sum(attempts)
    FROM (${rows}) AS cube_rows${kept}
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (${CUBE_KEY}) DO UPDATE SET attempts = c.attempts + EXCLUDED.attempts`;
}

/** Each rollup column as the attempts table gives it: absent values are '' in the rollups. */
export const ATTEMPT_COLUMN_SQL: Record<RollupColumn, string> = {
  is_retry: 'is_retry',
  recipient_domain: 'recipient_domain',
  send_id: "coalesce(send_id, '')",
  sending_ip: "coalesce(sending_ip, '')",
  virtual_mta: "coalesce(virtual_mta, '')",
  reason: "coalesce(reason, '')",
  category: "coalesce(category, '')",
  provider: "coalesce(provider, '')",
  smtp_code: "coalesce(smtp_code::text, '')",
  enhanced_code: "coalesce(enhanced_code, '')",
};

/** The wide rollup's dimensions, in its primary key's order after bucket and status. */
export const WIDE_COLUMNS: readonly RollupColumn[] = [
  'is_retry',
  'recipient_domain',
  'send_id',
  'sending_ip',
  'virtual_mta',
  'reason',
  'category',
  'provider',
  'smtp_code',
  'enhanced_code',
];

/** The wide rollup's key columns, in its primary key's order. */
export const WIDE_KEY = ['bucket', 'status', ...WIDE_COLUMNS].join(', ');

/** The wide rollup rows of the attempts in `relation`, summed per hour. */
export function wideRowsFromAttempts(relation: string): string {
  const columns = WIDE_COLUMNS.map((column) => `${ATTEMPT_COLUMN_SQL[column]} AS ${column}`);
  return `
    SELECT date_trunc('hour', attempted_at, 'UTC') AS bucket, status, ${columns.join(', ')},
           count(*) AS attempts
    FROM ${relation}
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12`;
}

/** Adds summed wide rows (`relation` with WIDE_KEY and attempts) to the wide rollup. */
function addToWideRollup(relation: string): string {
  return `
    INSERT INTO attempt_rollups_hourly AS r (${WIDE_KEY}, attempts)
    SELECT ${WIDE_KEY}, attempts FROM ${relation}
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
    ON CONFLICT (${WIDE_KEY}) DO UPDATE SET attempts = r.attempts + EXCLUDED.attempts`;
}

/**
 * The rollups of the attempts in `attemptsRelation` (a CTE name, or a table), as the CTEs
 * that follow it in one statement: the wide rollup and every cube at its grains. Without
 * `attemptCubes` the MX and delay cubes are left alone (a reclassification cannot change them).
 */
export function rollupCtes(attemptsRelation: string, { attemptCubes = true } = {}): string {
  const fromAttempts = attemptCubes ? ` UNION ALL${cubeRowsFromAttempts(attemptsRelation)}` : '';
  return `
    wide_rows AS (${wideRowsFromAttempts(attemptsRelation)}),
    wide_added AS (${addToWideRollup('wide_rows')}),
    cube_rows AS (${cubeRowsFromWide('wide_rows')}${fromAttempts}),
    hourly_cubes_added AS (${addToCubes('hour', 'SELECT * FROM cube_rows')}),
    daily_cubes_added AS (${addToCubes('day', 'SELECT * FROM cube_rows')})`;
}

/**
 * Fills empty cube tables from the wide rollup and the stored attempts (the migration
 * that made the cubes runs these; a change to CUBES needs a migration that runs them anew).
 */
export function cubeBackfillStatements(): string[] {
  const rows = `${cubeRowsFromWide('attempt_rollups_hourly')} UNION ALL${cubeRowsFromAttempts('delivery_attempts')}`;
  return [addToCubes('hour', rows), addToCubes('day', rows)];
}
