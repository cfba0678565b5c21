import 'server-only';
import { getDatabase } from '@/lib/db/client';

/** True when a trivial query answers within the timeout. */
export async function isDatabaseReachable(timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = getDatabase()
    .then((database) => database.$queryRaw`SELECT 1`)
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
