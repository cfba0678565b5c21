// npm run bench:query [-- --small 100000 --large 10000000 --runs 15 --days 90]: seeds or
// reuses two benchmark databases, starts the production build on each in turn and times
// every dashboard read endpoint on the last 24 hours, 7 and 30 days, printing p50 and p95
// per endpoint at both sizes and their ratio. Last line: slowest_p95_ms=<n> worst_ratio=<r>.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchServerUrl } from '@/lib/bench/bench-database';
import { readFixtures } from '@/lib/bench/bench-fixtures';
import { benchSessionCookie, checkSession } from '@/lib/bench/bench-session';
import { discoverRoutes, planRequests } from '@/lib/bench/endpoint-plan';
import { buildUnderLock, startApp } from '@/lib/bench/app-server';
import { printLine } from '@/lib/bench/print-line';
import { seededDatabase } from '@/lib/bench/seeded-database';
import { timeRequests, type Timing } from '@/lib/bench/timed-requests';
import { CliError, runCli } from '@/lib/cli/run-cli';

runCli(async () => {
  const { values } = parseArgs({
    options: {
      small: { type: 'string', default: '100000' },
      large: { type: 'string', default: '10000000' },
      runs: { type: 'string', default: '15' },
      days: { type: 'string', default: '90' },
      seed: { type: 'string', default: '42' },
    },
  });
  const [small, large, runs, days, seed] = [
    values.small,
    values.large,
    values.runs,
    values.days,
    values.seed,
  ].map((text, index) =>
    positiveInteger(['small', 'large', 'runs', 'days', 'seed'][index] ?? '', text),
  ) as [number, number, number, number, number];
  const serverUrl = benchServerUrl();
  const routes = discoverRoutes(path.resolve('app'));
  printLine('routes', routes.join(' '));
  buildUnderLock();
  const measured: Timing[][] = [];
  for (const events of [small, large]) {
    const { url, label } = await seededDatabase(serverUrl, { events, days, seed, workers: 2 });
    const fixtures = await readFixtures(url, new Date(label.end));
    const cookie = await benchSessionCookie(url);
    const app = await startApp(url);
    try {
      printLine('session', await checkSession(app.baseUrl, cookie));
      measured.push(await timeRequests(app.baseUrl, cookie, planRequests(routes, fixtures), runs));
    } finally {
      await app.stop();
    }
  }
  printTable(measured[0] ?? [], measured[1] ?? [], [sizeName(small), sizeName(large)]);
});

function printTable(small: Timing[], large: Timing[], names: [string, string]): void {
  const heads = names.map((name) => `${name} p50 / p95 ms`.padStart(14));
  process.stdout.write(`${'endpoint'.padEnd(30)} range ${heads.join('   ')}   p95 ratio\n`);
  let slowest = 0;
  let worstRatio = 0;
  small.forEach((smallTiming, index) => {
    const largeTiming = large[index];
    if (!largeTiming) return;
    const ratio = largeTiming.p95 / smallTiming.p95;
    slowest = Math.max(slowest, largeTiming.p95);
    worstRatio = Math.max(worstRatio, ratio);
    const failures = [smallTiming.failures, largeTiming.failures].filter(Boolean).join(' ');
    process.stdout.write(
      `${smallTiming.endpoint.padEnd(30)} ${smallTiming.range.padEnd(5)} ` +
        `${pair(smallTiming).padStart(14)}   ${pair(largeTiming).padStart(14)}   ${ratio.toFixed(2).padStart(6)}` +
        `${failures ? `   non-200: ${failures}` : ''}\n`,
    );
  });
  process.stdout.write(
    `slowest_p95_ms=${Math.round(slowest)} worst_ratio=${worstRatio.toFixed(2)}\n`,
  );
}

function pair(timing: Timing): string {
  return `${timing.p50.toFixed(0)} / ${timing.p95.toFixed(0)}`;
}

function sizeName(events: number): string {
  if (events % 1_000_000 === 0) return `${events / 1_000_000}M`;
  return events % 1_000 === 0 ? `${events / 1_000}k` : String(events);
}

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new CliError(`--${name}: a positive integer`);
  return value;
}
