import { parseConfig } from '@/lib/config/env';
import { migrate } from '@/lib/db/migrator';
import { openSqlConnection, type SqlConnection } from '@/lib/db/sql-connection';

// Direct SQL for assertions, on the same database the app under test uses.
let connection: Promise<SqlConnection> | undefined;

function current(): Promise<SqlConnection> {
  connection ??= openSqlConnection(parseConfig(process.env));
  return connection;
}

export async function sqlQuery<Row = Record<string, unknown>>(sql: string, params?: unknown[]) {
  return (await current()).query<Row>(sql, params);
}

export async function migrateTestDatabase(): Promise<void> {
  await migrate(await current());
}

export async function closeSql(): Promise<void> {
  if (connection) await (await connection).close();
  connection = undefined;
}
