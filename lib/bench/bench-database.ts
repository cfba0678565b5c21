import { Client } from 'pg';
import { loadConfig } from '@/lib/config/env';

// Benchmark databases live on one PostgreSQL server, named for their size, and carry the
// parameters they were seeded with as the database comment so a later run can reuse them.

const FALLBACK_SERVER = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface SeedLabel {
  events: number;
  days: number;
  seed: number;
  /** The newest attempt's hour: reports are asked relative to it, not to the clock. */
  end: string;
}

/** DATABASE_URL when it names a PostgreSQL server, else the local trust-auth server. */
export function benchServerUrl(): string {
  const config = loadConfig();
  return config.database.kind === 'postgres' ? config.database.url : FALLBACK_SERVER;
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  return name;
}

/** dd_bench_100k, dd_bench_10m: what a reader expects the database to hold. */
export function benchDatabaseName(events: number): string {
  if (events % 1_000_000 === 0) return `dd_bench_${events / 1_000_000}m`;
  if (events % 1_000 === 0) return `dd_bench_${events / 1_000}k`;
  return `dd_bench_${events}`;
}

async function onServer<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  return onServer(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
}

export function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  return onServer(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

export function readSeedLabel(url: string): Promise<SeedLabel | null> {
  const name = databaseName(url);
  return onServer(url, async (client) => {
    const result = await client.query<{ label: string | null }>(
      'SELECT shobj_description(oid, $1) AS label FROM pg_database WHERE datname = $2',
      ['pg_database', name],
    );
    const text = result.rows[0]?.label;
    if (!text) return null;
    try {
      return JSON.parse(text) as SeedLabel;
    } catch {
      return null;
    }
  });
}

/** Written last, so a seed that stopped half-way is never mistaken for a finished one. */
export function writeSeedLabel(url: string, label: SeedLabel): Promise<void> {
  const name = databaseName(url);
  const text = JSON.stringify(label).replace(/'/g, "''");
  return onServer(url, async (client) => {
    await client.query(`COMMENT ON DATABASE ${name} IS '${text}'`);
  });
}
