// npm run prune: deletes raw events past RAW_RETENTION_DAYS and rollups past
// ROLLUP_RETENTION_DAYS, in small batches that never block ingestion.
import { runCli } from '@/lib/cli/run-cli';
import { loadConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { createDatabase } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { pruneExpired } from '@/lib/retention/prune';

runCli(async () => {
  const config = loadConfig();
  await applyMigrations(config);
  const database = await createDatabase(config);
  try {
    const outcome = await pruneExpired(database, config.retention);
    logger.info({ ...outcome, retention: config.retention }, 'retention prune done');
  } finally {
    await database.$disconnect();
  }
});
