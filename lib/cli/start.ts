// npm start: validates the environment, applies migrations, builds when the
// build is missing or older than the sources, then serves the dashboard.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { generatedSecretPath, webhookSecrets } from '@/lib/auth/webhook-secrets';
import { loadConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { logger } from '@/lib/log/logger';
import { runCli } from '@/lib/cli/run-cli';

const SOURCE_FOLDERS = ['app', 'components', 'lib', 'public', 'prisma'];
const NEXT_BIN = path.resolve('node_modules', 'next', 'dist', 'bin', 'next');

runCli(async () => {
  const config = loadConfig();
  webhookSecrets(config);
  logger.info(
    {
      webhook: `http://localhost:${config.port}/api/events`,
      secretSource: config.webhookSecrets.length > 0
        ? 'WEBHOOK_SECRETS'
        : generatedSecretPath(config.dataDir),
    },
    'webhook ready for GreenArrow',
  );
  const applied = await applyMigrations(config);
  logger.info({ applied, database: config.database.kind }, 'migrations up to date');
  if (buildIsStale()) {
    logger.info('building the dashboard (next build)');
    const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const server = spawn(
    process.execPath,
    [NEXT_BIN, 'start', '--port', String(config.port), '--hostname', config.hostname],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on('exit', (code) => process.exit(code ?? 0));
});

function buildIsStale(): boolean {
  const marker = path.resolve('.next', 'BUILD_ID');
  if (!existsSync(marker)) return true;
  const builtAt = statSync(marker).mtimeMs;
  return SOURCE_FOLDERS.some((folder) => newestModification(folder) > builtAt);
}

function newestModification(folder: string): number {
  if (!existsSync(folder)) return 0;
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.parentPath.includes(`${path.sep}generated`)) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
