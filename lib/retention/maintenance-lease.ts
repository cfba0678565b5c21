import 'server-only';
import type { Database } from '@/lib/db/client';

// A lease row instead of an in-process flag: with several app instances behind a
// load balancer, only the one holding the lease runs the job.

export async function takeLease(database: Database, name: string, seconds: number): Promise<boolean> {
  const rows = await database.$queryRaw<{ name: string }[]>`
    INSERT INTO maintenance_leases AS l (name, lease_until)
    VALUES (${name}, now() + make_interval(secs => ${seconds}))
    ON CONFLICT (name) DO UPDATE SET lease_until = EXCLUDED.lease_until
      WHERE l.lease_until < now()
    RETURNING name`;
  return rows.length === 1;
}

export async function finishLease(
  database: Database,
  name: string,
  outcome: Record<string, unknown>,
  holdSeconds: number,
): Promise<void> {
  await database.$executeRaw`
    UPDATE maintenance_leases
    SET lease_until = now() + make_interval(secs => ${holdSeconds}), last_finished_at = now(),
        last_outcome = ${JSON.stringify(outcome)}::jsonb
    WHERE name = ${name}`;
}
