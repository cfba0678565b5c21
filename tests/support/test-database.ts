import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

// Each test file gets its own empty database: a fresh PostgreSQL database when
// TEST_DATABASE_URL (or DATABASE_URL) names a server, else a PGlite folder.

export interface TestDatabase {
  kind: 'postgres' | 'embedded';
  environment: Record<string, string>;
  drop(): Promise<void>;
}

export const WEBHOOK_SECRET = 'test-webhook-secret-0123456789';

// Remembered before any test rewrites process.env for its own database.
const remembered = globalThis as { deliveryTestServerUrl?: string };
remembered.deliveryTestServerUrl ??=
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? '';

export function serverUrl(): string | undefined {
  return remembered.deliveryTestServerUrl || undefined;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const base = serverUrl();
  // Sample events are dated a year back; a long retention keeps the background prune off them.
  const common = {
    WEBHOOK_SECRETS: WEBHOOK_SECRET,
    RAW_RETENTION_DAYS: '3650',
    ROLLUP_RETENTION_DAYS: '3650',
  };
  if (!base) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'delivery-dashboard-'));
    return {
      kind: 'embedded',
      environment: { ...common, DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `dd_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(base, `CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    environment: { ...common, DATABASE_URL: url.toString() },
    drop: () => adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Puts the test database's variables into process.env (read once by lib/config). */
export function useEnvironment(environment: Record<string, string>): void {
  delete process.env.DATABASE_URL;
  delete process.env.DATA_DIR;
  Object.assign(process.env, environment);
}
