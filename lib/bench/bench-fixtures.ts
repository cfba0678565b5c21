import { Client } from 'pg';
import { RANGES, type Fixtures, type RangeName } from '@/lib/bench/endpoint-plan';
import { encodeCursor } from '@/lib/reports/attempt-cursor';

// What the measured requests point at, read from the seeded data: the busiest domain and
// deferral reason (the worst cases for a drill-down), and a log cursor deep in each range.

export async function readFixtures(url: string, end: Date): Promise<Fixtures> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql: string, params: unknown[] = []) => {
      const { rows } = await client.query(sql, params);
      if (!rows[0]) throw new Error(`bench fixtures: nothing for ${sql}`);
      return rows[0] as Record<string, string | number>;
    };
    const since = new Date(end.getTime() - RANGES['30d'] * 3_600_000);
    const domain = await one(
      `SELECT recipient_domain AS value FROM attempt_rollups_hourly WHERE bucket >= $1
       GROUP BY 1 ORDER BY sum(attempts) DESC LIMIT 1`,
      [since],
    );
    const reason = await one(
      `SELECT reason AS value FROM attempt_rollups_hourly WHERE bucket >= $1 AND status = 'deferral'
       AND reason <> '' GROUP BY 1 ORDER BY sum(attempts) DESC LIMIT 1`,
      [since],
    );
    const attempt = await one(
      `SELECT id AS value FROM delivery_attempts WHERE is_retry AND attempted_at < $1
       ORDER BY attempted_at DESC, id DESC LIMIT 1`,
      [new Date(end.getTime() - 86_400_000)],
    );
    const deepCursors = {} as Record<RangeName, string>;
    for (const [range, hours] of Object.entries(RANGES) as [RangeName, number][]) {
      const middle = new Date(end.getTime() - (hours / 2) * 3_600_000);
      const row = await one(
        `SELECT id, to_char(attempted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position
         FROM delivery_attempts WHERE attempted_at < $1 ORDER BY attempted_at DESC, id DESC LIMIT 1`,
        [middle],
      );
      deepCursors[range] = encodeCursor({ attemptedAt: String(row.position), id: Number(row.id) });
    }
    return {
      end,
      domain: String(domain.value),
      reason: String(reason.value),
      attemptId: Number(attempt.value),
      deepCursors,
    };
  } finally {
    await client.end();
  }
}
