import { mkdtempSync, cpSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseConfig } from '@/lib/config/env';
import { migrate, migrationChecksum, MIGRATIONS_DIR, readMigrationFiles } from '@/lib/db/migrator';
import { openSqlConnection, type SqlConnection } from '@/lib/db/sql-connection';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
const connections: SqlConnection[] = [];

async function connect(): Promise<SqlConnection> {
  const connection = await openSqlConnection(parseConfig(database.environment));
  connections.push(connection);
  return connection;
}

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.close()));
  const { closeEmbeddedDatabases } = await import('@/lib/db/embedded');
  await closeEmbeddedDatabases();
  await database.drop();
});

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
  rolled_back_at: Date | null;
  logs: string | null;
  id: string;
}

test('concurrent starts on an empty database apply each migration exactly once', async () => {
  const files = await readMigrationFiles();
  const [first, second] = await Promise.all([connect(), connect()]);
  const results = await Promise.all([migrate(first), migrate(second)]);
  const names = files.map((file) => file.name);
  expect(results.flat().sort()).toEqual(names);
  const rows = await first.query<MigrationRow>(`SELECT * FROM "_prisma_migrations"`);
  expect(rows).toHaveLength(files.length);
  for (const file of files) {
    const row = rows.find((candidate) => candidate.migration_name === file.name);
    expect(row).toMatchObject({ checksum: file.checksum, applied_steps_count: 1, rolled_back_at: null, logs: null });
    expect(row?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(row?.finished_at).not.toBeNull();
  }
  const tables = await first.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_name = 'delivery_attempts'`,
  );
  expect(tables).toHaveLength(1);
});

test('a re-run applies nothing', async () => {
  expect(await migrate(await connect())).toEqual([]);
});

test('the checksum is the SHA-256 of the file, as Prisma Migrate records it', () => {
  expect(migrationChecksum('SELECT 1;\n')).toBe('b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd');
});

test('an applied migration that was edited stops the migrator', async () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  cpSync(MIGRATIONS_DIR, copy, { recursive: true });
  const [first] = await readMigrationFiles(copy);
  appendFileSync(path.join(copy, first!.name, 'migration.sql'), '\n-- edited\n');
  await expect(migrate(await connect(), copy)).rejects.toThrow(/was edited after it was applied/);
});
