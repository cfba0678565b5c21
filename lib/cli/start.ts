// npm start: validates the environment, applies migrations, builds when the
// build is missing or older than the sources, then serves the dashboard.
import { spawn } from 'node:child_process';
import { generatedSecretPath, webhookSecrets } from '@/lib/auth/webhook-secrets';
import { buildIfStale, NEXT_BIN } from '@/lib/cli/build-freshness';
import { runCli } from '@/lib/cli/run-cli';
import { loadConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { logger } from '@/lib/log/logger';

runCli(async () => {
  const config = loadConfig();
  webhookSecrets(config);
  const applied = await applyMigrations(config);
  logger.info({ applied, database: config.database.kind }, 'migrations up to date');
  if (buildIfStale()) logger.info('dashboard built');
  logger.info(
    {
      webhook: `http://localhost:${config.port}/api/events`,
      secretFrom:
        config.webhookSecrets.length > 0 ? 'WEBHOOK_SECRETS' : generatedSecretPath(config.dataDir),
    },
    'webhook ready for GreenArrow',
  );
  const server = spawn(
    process.execPath,
    [NEXT_BIN, 'start', '--port', String(config.port), '--hostname', config.hostname],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
});
