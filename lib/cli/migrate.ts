// npm run db:migrate: applies pending migrations to the configured database.
import { loadConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { logger } from '@/lib/log/logger';
import { runCli } from '@/lib/cli/run-cli';

runCli(async () => {
  const config = loadConfig();
  const applied = await applyMigrations(config);
  logger.info({ applied, database: config.database.kind }, 'migrations up to date');
});
