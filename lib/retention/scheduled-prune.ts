import 'server-only';
import { loadConfig } from '@/lib/config/env';
import { getDatabase } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { finishLease, takeLease } from '@/lib/retention/maintenance-lease';
import { pruneExpired, type PruneOutcome } from '@/lib/retention/prune';

const LEASE_NAME = 'retention-prune';
const RUNNING_LEASE_SECONDS = 3600;
const PRUNE_EVERY_SECONDS = 3600;
// Only an optimisation: the lease in the database decides who prunes.
let nextCheckAt = 0;

/** Prunes when this instance wins the hourly lease; called after webhook responses. */
export async function pruneIfDue(now = Date.now()): Promise<PruneOutcome | null> {
  if (now < nextCheckAt) return null;
  nextCheckAt = now + 60_000;
  const database = await getDatabase();
  if (!(await takeLease(database, LEASE_NAME, RUNNING_LEASE_SECONDS))) return null;
  const outcome = await pruneExpired(database, loadConfig().retention);
  await finishLease(database, LEASE_NAME, { ...outcome }, PRUNE_EVERY_SECONDS);
  logger.info({ ...outcome }, 'retention prune done');
  return outcome;
}
