import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SqlConnection } from '@/lib/db/sql-connection';

// Applies prisma/migrations/<name>/migration.sql and records each one in
// _prisma_migrations the way Prisma Migrate does, so `prisma migrate status`
// and `prisma migrate deploy` agree with us wherever the schema engine exists.

export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'prisma', 'migrations');

// The advisory lock key Prisma Migrate itself takes, so we also exclude it.
const MIGRATION_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export interface MigrationFile {
  name: string;
  script: string;
  checksum: string;
}

interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

export async function readMigrationFiles(directory = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const script = await readFile(path.join(directory, name, 'migration.sql'), 'utf8');
      return { name, script, checksum: migrationChecksum(script) };
    }),
  );
}

export function migrationChecksum(script: string): string {
  return createHash('sha256').update(script, 'utf8').digest('hex');
}

/** Applies pending migrations; returns the names applied by this call. */
export async function migrate(
  connection: SqlConnection,
  directory = MIGRATIONS_DIR,
): Promise<string[]> {
  const files = await readMigrationFiles(directory);
  await connection.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  try {
    await connection.exec(CREATE_MIGRATIONS_TABLE);
    const applied = await connection.query<AppliedMigration>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at
         FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const pending = planPending(files, applied);
    for (const file of pending) await applyMigration(connection, file);
    return pending.map((file) => file.name);
  } finally {
    await connection.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
  }
}

function planPending(files: MigrationFile[], applied: AppliedMigration[]): MigrationFile[] {
  const live = applied.filter((row) => row.rolled_back_at === null);
  const failed = live.find((row) => row.finished_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} started but did not finish. Repair the database, ` +
        `then mark it rolled back (prisma migrate resolve --rolled-back) before migrating again.`,
    );
  }
  const finished = new Map(live.map((row) => [row.migration_name, row.checksum]));
  for (const file of files) {
    const checksum = finished.get(file.name);
    if (checksum !== undefined && checksum !== file.checksum) {
      throw new MigrationError(
        `Migration ${file.name} was edited after it was applied (checksum differs). ` +
          `Restore the original file and put the change in a new migration.`,
      );
    }
  }
  return files.filter((file) => !finished.has(file.name));
}

async function applyMigration(connection: SqlConnection, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  await connection.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
     VALUES ($1, $2, $3, now(), 0)`,
    [id, file.checksum, file.name],
  );
  try {
    await connection.exec(`BEGIN;\n${file.script}\n;COMMIT;`);
  } catch (error) {
    await connection.exec('ROLLBACK').catch(() => undefined);
    const detail = error instanceof Error ? error.message : String(error);
    await connection.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, detail]);
    throw new MigrationError(`Migration ${file.name} failed: ${detail}`);
  }
  await connection.query(
    `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
    [id],
  );
}
