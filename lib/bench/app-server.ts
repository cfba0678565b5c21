import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startProductionServer, type ProductionServer } from '@/lib/cli/production-server';

// The production build, built at most once per run under the shared lock (two builds in
// one .next break each other), then started against one benchmark database at a time.

const BUILD_LOCK = '/tmp/next-build.lock';
const BENCH_SECRET = 'bench-query-secret-0123456789';

export function buildUnderLock(): void {
  const script = path.resolve('lib', 'bench', 'build-if-stale.ts');
  const tsx = path.resolve('node_modules', '.bin', 'tsx');
  const build = spawnSync('flock', [BUILD_LOCK, tsx, script], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('next build failed');
}

export type RunningApp = ProductionServer;

export function startApp(databaseUrl: string): Promise<RunningApp> {
  return startProductionServer({
    DATABASE_URL: databaseUrl,
    WEBHOOK_SECRETS: BENCH_SECRET,
    LOG_LEVEL: 'warn',
  });
}
