import 'server-only';
import { CLASSIFIER_VERSION, classifyAttempt } from '@/lib/classifier';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { CUBES, cubeRowsFromWide, rollupCtes } from '@/lib/rollups/cubes';

const HOUR_ROLLUPS = rollupCtes('hour_attempts', { attemptCubes: false });

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

interface StoredAttempt {
  id: number;
  message: string | null;
  status: string;
  mx_hostname: string | null;
  recipient_domain: string;
}

export interface ReclassifyOutcome {
  hours: number;
  attempts: number;
  reasonsChanged: number;
}

/**
 * Re-runs the classifier over stored attempts, one hour at a time, and rebuilds
 * that hour's rollups (the wide rows, its cubes and its share of the day's cubes) in
 * the same transaction. Ingest waits on the rollup lock meanwhile, so counts stay exact.
 */
export async function reclassifyStoredAttempts(
  database: Database,
  { all = false, onHour }: { all?: boolean; onHour?: (hour: Date, attempts: number) => void } = {},
): Promise<ReclassifyOutcome> {
  const hours = await database.$queryRaw<{ hour: Date }[]>`
    SELECT DISTINCT date_trunc('hour', attempted_at, 'UTC') AS hour FROM delivery_attempts
    WHERE ${all} OR classifier_version IS DISTINCT FROM ${CLASSIFIER_VERSION}::int
    ORDER BY 1`;
  const outcome: ReclassifyOutcome = { hours: 0, attempts: 0, reasonsChanged: 0 };
  for (const { hour } of hours) {
    const { attempts, reasonsChanged } = await database.$transaction((tx) => reclassifyHour(tx, hour), {
      timeout: 300_000,
    });
    outcome.hours += 1;
    outcome.attempts += attempts;
    outcome.reasonsChanged += reasonsChanged;
    onHour?.(hour, attempts);
  }
  return outcome;
}

async function reclassifyHour(tx: Transaction, hour: Date) {
  const end = new Date(hour.getTime() + 3_600_000);
  await tx.$executeRaw`LOCK TABLE attempt_rollups_hourly IN SHARE ROW EXCLUSIVE MODE`;
  const rows = await tx.$queryRaw<(StoredAttempt & { reason: string | null })[]>`
    SELECT id, message, status, mx_hostname, recipient_domain, reason FROM delivery_attempts
    WHERE attempted_at >= ${hour} AND attempted_at < ${end}`;
  const classified = rows.map((row) =>
    classifyAttempt({
      message: row.message,
      status: row.status,
      mxHostname: row.mx_hostname,
      recipientDomain: row.recipient_domain,
    }),
  );
  await tx.$executeRaw`
    UPDATE delivery_attempts AS a SET catalogue_entry = c.catalogue_entry, rule = c.rule,
      reason = c.reason, category = c.category, provider = c.provider, smtp_code = c.smtp_code,
      enhanced_code = c.enhanced_code, fingerprint = c.fingerprint,
      classifier_version = ${CLASSIFIER_VERSION}::int
    FROM unnest(${rows.map((row) => row.id)}::int[],
      ${classified.map((c) => c.catalogueEntry)}::text[], ${classified.map((c) => c.rule)}::text[],
      ${classified.map((c) => c.reason)}::text[], ${classified.map((c) => c.category)}::text[],
      ${classified.map((c) => c.provider)}::text[],
      ${classified.map((c) => (c.smtpCode === null ? null : String(c.smtpCode)))}::int[],
      ${classified.map((c) => c.enhancedCode)}::text[], ${classified.map((c) => c.fingerprint)}::text[])
      AS c(id, catalogue_entry, rule, reason, category, provider, smtp_code, enhanced_code, fingerprint)
    WHERE a.id = c.id`;
  await rebuildRollupHour(tx, hour, end);
  const reasonsChanged = rows.filter((row, index) => row.reason !== classified[index]?.reason).length;
  return { attempts: rows.length, reasonsChanged };
}

async function rebuildRollupHour(tx: Transaction, hour: Date, end: Date): Promise<void> {
  const day = Prisma.sql`date_trunc('day', ${hour}::timestamptz, 'UTC')`;
  // The day's cubes give back what the hour's old wide rows gave them, before it counts anew.
  await tx.$executeRaw`
    WITH old AS (SELECT * FROM attempt_rollups_hourly WHERE bucket = ${hour}),
    old_cubes AS (
      SELECT cube, status, key1, key2, key3, sum(attempts) AS attempts
      FROM (${Prisma.raw(cubeRowsFromWide('old'))}) AS old_rows
      GROUP BY 1, 2, 3, 4, 5
    )
    UPDATE attempt_cubes_daily AS d SET attempts = d.attempts - o.attempts
    FROM old_cubes AS o
    WHERE d.bucket = ${day} AND d.cube = o.cube AND d.status = o.status AND d.key1 = o.key1
      AND d.key2 = o.key2 AND d.key3 = o.key3`;
  await tx.$executeRaw`
    DELETE FROM attempt_cubes_hourly
    WHERE bucket = ${hour} AND cube = ANY(${CUBES.map((cube) => cube.id)}::int[])`;
  await tx.$executeRaw`DELETE FROM attempt_rollups_hourly WHERE bucket = ${hour}`;
  await tx.$executeRaw`
    WITH hour_attempts AS (
      SELECT * FROM delivery_attempts WHERE attempted_at >= ${hour} AND attempted_at < ${end}
    ), ${Prisma.raw(HOUR_ROLLUPS)}
    SELECT 1`;
  await tx.$executeRaw`DELETE FROM attempt_cubes_daily WHERE bucket = ${day} AND attempts = 0`;
}
