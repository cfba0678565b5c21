// npm run bench:seed [-- --events N --days D --seed S --workers W --database-url URL]:
// loads a realistic N-attempt history into a fresh PostgreSQL database, set-based, rollups
// included, and prints rows/s per phase. The database is dd_bench_<size> unless named.
import { parseArgs } from 'node:util';
import { benchDatabaseName, benchServerUrl, databaseUrl } from '@/lib/bench/bench-database';
import { perSecond, printLine } from '@/lib/bench/print-line';
import { seedHistory } from '@/lib/bench/seed-history';
import { CliError, runCli } from '@/lib/cli/run-cli';

runCli(async () => {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      days: { type: 'string', default: '90' },
      seed: { type: 'string', default: '42' },
      workers: { type: 'string', default: '2' },
      'database-url': { type: 'string' },
    },
  });
  const events = positiveInteger('events', values.events);
  const days = positiveInteger('days', values.days);
  const url = values['database-url'] ?? databaseUrl(benchServerUrl(), benchDatabaseName(events));
  printLine('database', `${new URL(url).pathname.slice(1)}: ${events} attempts over ${days} days`);
  const started = performance.now();
  const label = await seedHistory(
    {
      url,
      events,
      days,
      seed: positiveInteger('seed', values.seed),
      workers: positiveInteger('workers', values.workers),
    },
    (phase, rows, seconds, note) => {
      const detail = note ? `, ${note}` : '';
      printLine(
        phase,
        `${rows} rows in ${seconds.toFixed(1)} s, ${perSecond(rows, seconds)}${detail}`,
      );
    },
  );
  const seconds = (performance.now() - started) / 1000;
  printLine(
    'summary',
    `seed_events=${label.events} seconds=${seconds.toFixed(0)} rows_per_s=${Math.round(label.events / seconds)} end=${label.end}`,
  );
});

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new CliError(`--${name}: a positive integer`);
  return value;
}
