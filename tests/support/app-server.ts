import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { buildIfStale, NEXT_BIN } from '@/lib/cli/build-freshness';
import { waitForHealthy } from '@/lib/cli/post-batches';

// Runs the production build as a real server, the way `npm start` serves it.

export interface AppServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startAppServer(environment: Record<string, string>): Promise<AppServer> {
  buildIfStale();
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, ...environment, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealthy(baseUrl, 60_000);
  return { baseUrl, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
