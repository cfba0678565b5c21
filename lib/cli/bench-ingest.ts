// npm run bench:ingest [-- --events N --concurrency C]: posts realistic batches of
// 500 events over HTTP to a production build on PostgreSQL, then COPYs the very
// same stored rows into a fresh copy of the schema, and prints both rates.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { databaseUrl, dropDatabase, recreateDatabase } from '@/lib/bench/bench-database';
import { printLine } from '@/lib/bench/print-line';
import { buildIfStale } from '@/lib/cli/build-freshness';
import { postBatches } from '@/lib/cli/post-batches';
import { startProductionServer } from '@/lib/cli/production-server';
import { runCli } from '@/lib/cli/run-cli';
import { ConfigError, loadConfig, parseConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { streamDeliveryAttempts } from '@/lib/demo';

const BATCH_SIZE = 500;
const BENCH_SECRET = 'bench-ingest-secret-0123456789';

runCli(async () => {
  const { values } = parseArgs({
    options: { events: { type: 'string', default: '100000' }, concurrency: { type: 'string', default: '4' } },
  });
  const config = loadConfig();
  if (config.database.kind !== 'postgres') {
    throw new ConfigError('DATABASE_URL', 'bench:ingest needs a PostgreSQL server');
  }
  const events = Number(values.events);
  const concurrency = Number(values.concurrency);
  const serverUrl = config.database.url;
  const webhookDb = await freshDatabase(serverUrl, 'webhook');
  const copyDb = await freshDatabase(serverUrl, 'copy');
  try {
    const webhook = await benchWebhook(webhookDb.url, events, concurrency);
    const copy = await benchCopy(webhookDb.url, copyDb.url);
    const ratio = webhook.eventsPerSecond / copy.rowsPerSecond;
    printLine('webhook', `${webhook.stored} events in ${webhook.seconds.toFixed(2)} s, ${Math.round(webhook.eventsPerSecond)} events/s (batches of ${BATCH_SIZE}, ${concurrency} connections)`);
    printLine('server memory', `peak RSS ${webhook.peakRssMb} MB`);
    printLine('copy', `${copy.rows} rows in ${copy.seconds.toFixed(2)} s, ${Math.round(copy.rowsPerSecond)} rows/s`);
    printLine('summary', `ingest_events_per_s=${Math.round(webhook.eventsPerSecond)} copy_rows_per_s=${Math.round(copy.rowsPerSecond)} ratio=${ratio.toFixed(2)}`);
  } finally {
    await webhookDb.drop();
    await copyDb.drop();
  }
});

async function benchWebhook(url: string, events: number, concurrency: number) {
  await applyMigrations(parseConfig({ DATABASE_URL: url }));
  buildIfStale();
  const server = await startProductionServer(
    { DATABASE_URL: url, WEBHOOK_SECRETS: BENCH_SECRET, LOG_LEVEL: 'warn' },
    60_000,
  );
  try {
    const { baseUrl } = server;
    const end = new Date();
    const stream = streamDeliveryAttempts({ seed: 42, start: new Date(end.getTime() - 7 * 86_400_000), end, messages: events });
    const limited = take(stream, events);
    const started = performance.now();
    const totals = await postBatches(limited, { baseUrl, secret: BENCH_SECRET, batchSize: BATCH_SIZE, concurrency });
    const seconds = (performance.now() - started) / 1000;
    return { stored: totals.stored, seconds, eventsPerSecond: totals.stored / seconds, peakRssMb: peakRssMb(server.pid) };
  } finally {
    await server.stop();
  }
}

async function benchCopy(sourceUrl: string, targetUrl: string) {
  await applyMigrations(parseConfig({ DATABASE_URL: targetUrl }));
  const source = new Client({ connectionString: sourceUrl });
  const target = new Client({ connectionString: targetUrl });
  await Promise.all([source.connect(), target.connect()]);
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of source.query(copyTo('COPY delivery_attempts TO STDOUT'))) chunks.push(chunk as Buffer);
    const started = performance.now();
    const sink = target.query(copyFrom('COPY delivery_attempts FROM STDIN'));
    await new Promise<void>((resolve, reject) => {
      sink.on('finish', resolve).on('error', reject);
      for (const chunk of chunks) sink.write(chunk);
      sink.end();
    });
    const seconds = (performance.now() - started) / 1000;
    const rows = Number(sink.rowCount);
    return { rows, seconds, rowsPerSecond: rows / seconds };
  } finally {
    await Promise.all([source.end(), target.end()]);
  }
}

async function freshDatabase(serverUrl: string, purpose: string) {
  const url = databaseUrl(serverUrl, `dd_bench_${purpose}_${process.pid}`);
  await recreateDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}

function* take<T>(items: Iterable<T>, count: number): Generator<T> {
  let taken = 0;
  for (const item of items) {
    if (taken++ >= count) return;
    yield item;
  }
}

function peakRssMb(pid: number | undefined): number {
  if (!pid) return 0;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kilobytes / 1024);
}
