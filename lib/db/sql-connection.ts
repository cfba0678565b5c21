import { Client } from 'pg';
import type { AppConfig } from '@/lib/config/env';
import { openEmbeddedDatabase } from '@/lib/db/embedded';

/** A single database session: what the migrator and admin commands need below Prisma. */
export interface SqlConnection {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (no parameters). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export async function openSqlConnection(config: AppConfig): Promise<SqlConnection> {
  if (config.database.kind === 'postgres') return openPostgresConnection(config.database.url);
  const pglite = await openEmbeddedDatabase(config.database.dataDir);
  return {
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await pglite.query<Row>(sql, params)).rows,
    exec: async (script) => {
      await pglite.exec(script);
    },
    // The shared embedded instance stays open for the rest of the process.
    close: async () => undefined,
  };
}

async function openPostgresConnection(url: string): Promise<SqlConnection> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  return {
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await client.query(sql, params)).rows as Row[],
    exec: async (script) => {
      await client.query(script);
    },
    close: () => client.end(),
  };
}
