import 'server-only';
import type { Database } from '@/lib/db/client';
import { attemptWhere } from '@/lib/queries/attempt-where';
import type { ReportQuery } from '@/lib/reports/report-filters';

export interface FingerprintGroup {
  fingerprint: string;
  attempts: number;
  lastSeen: string;
  /** The newest reply with this fingerprint: remote text, render only as text. */
  example: string;
  catalogueEntry: string;
  statuses: string[];
}

/** Most recent attempts read for fingerprints: bounds the scan on a busy range. */
export const FINGERPRINT_SAMPLE = 5000;

/**
 * Replies of the given reasons grouped by fingerprint, from the newest attempts in the
 * range; the (reason, attempted_at) index keeps the scan to those rows.
 */
export async function queryReasonFingerprints(
  database: Database,
  { range, filters }: Pick<ReportQuery, 'range' | 'filters'>,
  reasons: readonly string[],
  limit: number,
): Promise<FingerprintGroup[]> {
  const rows = await database.$queryRaw<
    (Omit<FingerprintGroup, 'lastSeen'> & { lastSeen: Date })[]
  >`
    SELECT coalesce(fingerprint, '') AS fingerprint, count(*)::int AS attempts,
           max(attempted_at) AS "lastSeen",
           (array_agg(coalesce(message, '') ORDER BY attempted_at DESC))[1] AS example,
           (array_agg(coalesce(catalogue_entry, '') ORDER BY attempted_at DESC))[1]
             AS "catalogueEntry",
           array_agg(DISTINCT status) AS statuses
    FROM (
      SELECT fingerprint, message, catalogue_entry, status, attempted_at
      FROM unnest(${reasons}::text[]) AS wanted(wanted_reason)
      -- One index scan per reason, each stopping at the sample size; with = ANY the
      -- planner reads every matching row and sorts them.
      CROSS JOIN LATERAL (
        SELECT fingerprint, message, catalogue_entry, status, attempted_at
        FROM delivery_attempts
        WHERE reason = wanted_reason AND ${attemptWhere(range, filters)}
        ORDER BY attempted_at DESC
        LIMIT ${FINGERPRINT_SAMPLE}
      ) per_reason
      ORDER BY attempted_at DESC
      LIMIT ${FINGERPRINT_SAMPLE}
    ) recent
    GROUP BY 1
    ORDER BY attempts DESC, "lastSeen" DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, lastSeen: row.lastSeen.toISOString() }));
}
