// npm run demo: fills the dashboard with a few days of realistic GreenArrow
// events through the real webhook, starting the dashboard first if it is not running.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { addUser, countUsers } from '@/lib/auth/users';
import { webhookSecrets } from '@/lib/auth/webhook-secrets';
import { isHealthy, postBatches, waitForHealthy } from '@/lib/cli/post-batches';
import { runCli } from '@/lib/cli/run-cli';
import { loadConfig, type AppConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { createDatabase } from '@/lib/db/client';
import { closeEmbeddedDatabases } from '@/lib/db/embedded';
import { generateDeliveryAttempts, generateOtherEvents } from '@/lib/demo';
import { logger } from '@/lib/log/logger';

const DEMO_DAYS = 3;
const DEMO_MESSAGES = 20_000;
const STARTUP_TIMEOUT_MS = 15 * 60_000;
const DEMO_ADMIN = 'demo@example.com';

runCli(async () => {
  const config = loadConfig();
  const baseUrl = `http://127.0.0.1:${config.port}`;
  const running = await isHealthy(baseUrl);
  // The embedded database opens in one process only, so the demo admin is made before the start.
  const signIn = running ? null : await ensureDemoAdmin(config);
  const server = running ? null : startDashboard();
  await waitForHealthy(baseUrl, STARTUP_TIMEOUT_MS);

  const end = new Date();
  const start = new Date(end.getTime() - DEMO_DAYS * 86_400_000);
  const events = [
    ...generateDeliveryAttempts({ seed: 20261203, start, end, messages: DEMO_MESSAGES }),
    ...generateOtherEvents({ seed: 7, start, end, count: 400 }),
  ];
  const totals = await postBatches(events, {
    baseUrl,
    secret: webhookSecrets(config)[0]!,
    batchSize: 500,
    concurrency: 2,
  });
  logger.info({ ...totals, dashboard: `http://localhost:${config.port}/` }, 'demo data loaded');
  if (signIn) process.stdout.write(`\n${signIn}\n\n`);
  if (server) await new Promise((resolve) => server.on('exit', resolve));
});

/** On a database without members, an admin with a random password, told once on the terminal. */
async function ensureDemoAdmin(config: AppConfig): Promise<string | null> {
  await applyMigrations(config);
  const database = await createDatabase(config);
  try {
    if ((await countUsers(database)) > 0) return null;
    const password = randomBytes(12).toString('base64url');
    await addUser(database, { email: DEMO_ADMIN, role: 'admin', password });
    return (
      `Sign in at http://localhost:${config.port}/sign-in as ${DEMO_ADMIN} with password ` +
      `${password} (shown once; change it with npm run users -- reset ${DEMO_ADMIN}).`
    );
  } finally {
    await database.$disconnect();
    await closeEmbeddedDatabases();
  }
}

function startDashboard(): ChildProcess {
  logger.info('starting the dashboard for the demo');
  const tsx = path.resolve('node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['--conditions=react-server', 'lib/cli/start.ts'], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
  return child;
}
