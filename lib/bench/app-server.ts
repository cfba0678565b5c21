import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { NEXT_BIN } from '@/lib/cli/build-freshness';
import { waitForHealthy } from '@/lib/cli/post-batches';

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

export interface RunningApp {
  baseUrl: string;
  stop: () => Promise<void>;
}

export async function startApp(databaseUrl: string): Promise<RunningApp> {
  // A fixed port could be another engineer's server, which would answer the health check.
  const port = await freePort();
  const server = spawn(process.execPath, [NEXT_BIN, 'start', '--port', String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      WEBHOOK_SECRETS: BENCH_SECRET,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(baseUrl, 90_000);
    if (server.exitCode !== null) throw new Error(`the bench server exited (${server.exitCode})`);
  } catch (error) {
    server.kill('SIGTERM');
    throw error;
  }
  return { baseUrl, stop: () => stopped(server) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function stopped(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}
