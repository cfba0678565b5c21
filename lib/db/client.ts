import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { loadConfig, type AppConfig } from '@/lib/config/env';
import { openEmbeddedDatabase } from '@/lib/db/embedded';
import { PrismaClient } from '@/lib/db/generated/client';

export type Database = PrismaClient;

// One client per process; survives Next.js dev reloads through globalThis.
const holder = globalThis as unknown as { deliveryDatabase?: Promise<PrismaClient> };

export function getDatabase(): Promise<PrismaClient> {
  holder.deliveryDatabase ??= createDatabase(loadConfig());
  return holder.deliveryDatabase;
}

export async function createDatabase(config: AppConfig): Promise<PrismaClient> {
  if (config.database.kind === 'postgres') {
    const adapter = new PrismaPg({
      connectionString: config.database.url,
      connectionTimeoutMillis: config.databaseTimeoutMs,
      statement_timeout: config.databaseTimeoutMs,
      max: 10,
    });
    return new PrismaClient({ adapter });
  }
  const pglite = await openEmbeddedDatabase(config.database.dataDir);
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

export async function disconnectDatabase(): Promise<void> {
  const pending = holder.deliveryDatabase;
  holder.deliveryDatabase = undefined;
  if (pending) await (await pending).$disconnect();
}
