import type { AppConfig } from '@/lib/config/env';
import { closeEmbeddedDatabases } from '@/lib/db/embedded';
import { migrate } from '@/lib/db/migrator';
import { openSqlConnection } from '@/lib/db/sql-connection';

/** Applies pending migrations and releases the connection (and the embedded data folder). */
export async function applyMigrations(config: AppConfig): Promise<string[]> {
  const connection = await openSqlConnection(config);
  try {
    return await migrate(connection);
  } finally {
    await connection.close();
    await closeEmbeddedDatabases();
  }
}
