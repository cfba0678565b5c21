import {
  CUBES,
  DELAY_BASE,
  DELAY_CUBE,
  MX_CUBE,
  WIDE_COLUMNS,
  type RollupColumn,
} from '@/lib/rollups/cubes';

// Recounts every rollup from the stored attempts, in plain TypeScript rather than the SQL
// that maintains them, and lists each row where the two disagree.

type Query = <Row>(sql: string) => Promise<Row[]>;

interface StoredAttempt {
  attempted_at: Date;
  injected_at: Date | null;
  status: string;
  is_retry: boolean;
  recipient_domain: string;
  send_id: string | null;
  sending_ip: string | null;
  virtual_mta: string | null;
  reason: string | null;
  category: string | null;
  provider: string | null;
  smtp_code: number | null;
  enhanced_code: string | null;
  mx_hostname: string | null;
  mx_ip: string | null;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

function columnText(attempt: StoredAttempt, column: RollupColumn): string {
  const value = attempt[column];
  return value === null ? '' : String(value);
}

function floorTo(time: Date, step: number): string {
  return new Date(Math.floor(time.getTime() / step) * step).toISOString();
}

function count(counts: Map<string, number>, key: unknown[]): void {
  const text = JSON.stringify(key);
  counts.set(text, (counts.get(text) ?? 0) + 1);
}

function expectedCubes(attempts: StoredAttempt[], step: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const attempt of attempts) {
    const bucket = floorTo(new Date(attempt.attempted_at), step);
    for (const cube of CUBES) {
      if (step === HOUR_MS && !cube.hourly) continue;
      const keys = [0, 1, 2].map((index) => {
        const column = cube.keys[index];
        return column ? columnText(attempt, column) : '';
      });
      count(counts, [cube.id, bucket, attempt.status, ...keys]);
    }
    const mx = [attempt.recipient_domain, attempt.mx_hostname ?? '', attempt.mx_ip ?? ''];
    count(counts, [MX_CUBE, bucket, attempt.status, ...mx]);
    if (attempt.status === 'success' && attempt.injected_at) {
      const seconds = Math.max(
        (new Date(attempt.attempted_at).getTime() - new Date(attempt.injected_at).getTime()) / 1000,
        0,
      );
      const delay = String(Math.floor(Math.log(seconds + 1) / Math.log(DELAY_BASE)));
      count(counts, [DELAY_CUBE, bucket, attempt.status, attempt.recipient_domain, delay, '']);
    }
  }
  return counts;
}


function expectedWide(attempts: StoredAttempt[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const attempt of attempts) {
    const keys = WIDE_COLUMNS.map((column) => columnText(attempt, column));
    count(counts, [floorTo(new Date(attempt.attempted_at), HOUR_MS), attempt.status, ...keys]);
  }
  return counts;
}

function differences(table: string, expected: Map<string, number>, stored: Map<string, number>) {
  const found: string[] = [];
  for (const key of new Set([...expected.keys(), ...stored.keys()])) {
    const want = expected.get(key) ?? 0;
    const have = stored.get(key) ?? 0;
    if (want !== have) found.push(`${table} ${key}: expected ${want}, stored ${have}`);
  }
  return found;
}

async function storedRows(query: Query, sql: string, bucketAt: number) {
  const rows = await query<{ key: unknown[]; attempts: number }>(sql);
  const asIso = (part: unknown, index: number) =>
    index === bucketAt ? new Date(String(part)).toISOString() : part;
  return new Map(rows.map((row) => [JSON.stringify(row.key.map(asIso)), Number(row.attempts)]));
}

/** Every row of every rollup that disagrees with a recount of the attempts; [] when exact. */
export async function rollupDifferences(query: Query): Promise<string[]> {
  const attempts = await query<StoredAttempt>(`
    SELECT attempted_at, injected_at, status, is_retry, recipient_domain, send_id, sending_ip,
           virtual_mta, reason, category, provider, smtp_code, enhanced_code, mx_hostname, mx_ip
    FROM delivery_attempts`);
  const wide = `
    SELECT json_build_array(bucket, status, is_retry::text, recipient_domain, send_id, sending_ip,
             virtual_mta, reason, category, provider, smtp_code, enhanced_code) AS key,
           attempts::int AS attempts
    FROM attempt_rollups_hourly`;
  const cubes = (table: string) => `
    SELECT json_build_array(cube, bucket, status, key1, key2, key3) AS key, attempts::int AS attempts
    FROM ${table}`;
  return [
    ...differences('wide', expectedWide(attempts), await storedRows(query, wide, 0)),
    ...differences(
      'hourly cubes',
      expectedCubes(attempts, HOUR_MS),
      await storedRows(query, cubes('attempt_cubes_hourly'), 1),
    ),
    ...differences(
      'daily cubes',
      expectedCubes(attempts, DAY_MS),
      await storedRows(query, cubes('attempt_cubes_daily'), 1),
    ),
  ];
}
