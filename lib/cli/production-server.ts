import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { NEXT_BIN } from '@/lib/cli/build-freshness';
import { waitForHealthy } from '@/lib/cli/post-batches';

// The production build served as `npm start` serves it, for the benchmarks and the tests:
// on a free local port (a fixed one could be another server, which would answer the
// health check), with the given variables on top of this process's environment.

export interface ProductionServer {
  baseUrl: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

export async function startProductionServer(
  environment: Record<string, string>,
  healthTimeoutMs = 90_000,
): Promise<ProductionServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      env: { ...process.env, ...environment, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(baseUrl, healthTimeoutMs);
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return { baseUrl, pid: child.pid, stop: () => stopped(child) };
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

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
