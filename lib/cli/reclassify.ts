// npm run reclassify [-- --all]: re-runs the classifier over stored attempts whose
// classifier version is older than the current one (or all of them) and rebuilds
// the affected hourly rollups.
import { parseArgs } from 'node:util';
import { CLASSIFIER_VERSION } from '@/lib/classifier';
import { runCli } from '@/lib/cli/run-cli';
import { loadConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { createDatabase } from '@/lib/db/client';
import { reclassifyStoredAttempts } from '@/lib/ingest/reclassify';
import { logger } from '@/lib/log/logger';

runCli(async () => {
  const { values } = parseArgs({ options: { all: { type: 'boolean', default: false } } });
  const config = loadConfig();
  await applyMigrations(config);
  const database = await createDatabase(config);
  try {
    const outcome = await reclassifyStoredAttempts(database, {
      all: values.all,
      onHour: (hour, attempts) => logger.debug({ hour, attempts }, 'hour reclassified'),
    });
    logger.info({ classifierVersion: CLASSIFIER_VERSION, ...outcome }, 'reclassification done');
  } finally {
    await database.$disconnect();
  }
});
