import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { loadConfig, type AppConfig } from '@/lib/config/env';
import { openEmbeddedDatabase } from '@/lib/db/embedded';
import { PrismaClient } from '@/lib/db/generated/client';

export type Database = PrismaClient;

// One client per process and role; survives Next.js dev reloads through globalThis.
const holder = globalThis as unknown as {
  deliveryDatabase?: Promise<PrismaClient>;
  reportDatabase?: Promise<PrismaClient>;
};

export function getDatabase(): Promise<PrismaClient> {
  holder.deliveryDatabase ??= createDatabase(loadConfig());
  return holder.deliveryDatabase;
}

/**
 * Where the dashboard's reports read: the read replica when DATABASE_REPLICA_URL is set
 * (so heavy reads stay off the server that ingests), else the one database.
 */
export function getReportDatabase(): Promise<PrismaClient> {
  const config = loadConfig();
  if (!config.replicaUrl) return getDatabase();
  holder.reportDatabase ??= Promise.resolve(serverClient(config.replicaUrl, config));
  return holder.reportDatabase;
}

function serverClient(url: string, config: AppConfig): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    connectionTimeoutMillis: config.databaseTimeoutMs,
    statement_timeout: config.databaseTimeoutMs,
    // The dashboard's queries are short aggregates of rollups: compiling them (PostgreSQL
    // JIT, on by default for costly plans) took longer than running them, 40 ms and more.
    options: '-c jit=off',
    max: 10,
  });
  return new PrismaClient({ adapter });
}

export async function createDatabase(config: AppConfig): Promise<PrismaClient> {
  if (config.database.kind === 'postgres') return serverClient(config.database.url, config);
  const pglite = await openEmbeddedDatabase(config.database.dataDir);
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

export async function disconnectDatabase(): Promise<void> {
  const pending = [holder.deliveryDatabase, holder.reportDatabase];
  holder.deliveryDatabase = undefined;
  holder.reportDatabase = undefined;
  for (const client of pending) if (client) await (await client).$disconnect();
}
