import 'server-only';
import type { Database } from '@/lib/db/client';
import { CLASSIFIER_VERSION } from '@/lib/classifier';
import type { ClassifiedAttempt } from '@/lib/ingest/sort-events';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

const iso = (date: Date | null) => date?.toISOString() ?? null;
const text = (value: { toString(): string } | null) => (value === null ? null : value.toString());

/**
 * Inserts the attempts in one statement and adds only the rows really inserted
 * to the hourly rollup, so a repeated event is never counted twice, even when
 * two requests carry it at once (the unique key makes the later one wait).
 */
export async function insertAttemptsWithRollups(
  tx: Transaction,
  rows: ClassifiedAttempt[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const a = rows.map((row) => row.attempt);
  const c = rows.map((row) => row.classification);
  const result = await tx.$queryRaw<{ stored: number }[]>`
    WITH incoming AS (
      SELECT * FROM unnest(
        ${rows.map((row) => row.eventKey)}::text[], ${a.map((x) => x.eventUniqueId)}::text[],
        ${a.map((x) => x.legacyId)}::text[], ${a.map((x) => iso(x.eventTime))}::timestamptz[],
        ${a.map((x) => iso(x.attemptedAt))}::timestamptz[],
        ${a.map((x) => iso(x.injectedAt))}::timestamptz[], ${a.map((x) => x.status)}::text[],
        ${a.map((x) => x.channel)}::text[], ${a.map((x) => String(x.isRetry))}::boolean[],
        ${a.map((x) => x.msguid)}::text[], ${a.map((x) => x.recipient)}::text[],
        ${a.map((x) => x.recipientDomain)}::text[], ${a.map((x) => x.sender)}::text[],
        ${a.map((x) => x.fromAddress)}::text[], ${a.map((x) => x.listId)}::text[],
        ${a.map((x) => x.sendId)}::text[], ${a.map((x) => x.clickTrackingId)}::text[],
        ${a.map((x) => x.serverId)}::text[], ${a.map((x) => x.mtaId)}::text[],
        ${a.map((x) => x.virtualMta)}::text[], ${a.map((x) => x.sendingIp)}::text[],
        ${a.map((x) => x.sendingHostname)}::text[], ${a.map((x) => x.throttleId)}::text[],
        ${a.map((x) => x.sendSliceId)}::text[], ${a.map((x) => x.mxHostname)}::text[],
        ${a.map((x) => x.mxIp)}::text[], ${a.map((x) => x.message)}::text[],
        ${a.map((x) => text(x.messageSize))}::bigint[], ${a.map((x) => x.smtpTiming)}::text[],
        ${a.map((x) => (x.headers ? JSON.stringify(x.headers) : null))}::jsonb[],
        ${c.map((x) => x.catalogueEntry)}::text[], ${c.map((x) => x.rule)}::text[],
        ${c.map((x) => x.reason)}::text[], ${c.map((x) => x.category)}::text[],
        ${c.map((x) => x.provider)}::text[], ${c.map((x) => text(x.smtpCode))}::int[],
        ${c.map((x) => x.enhancedCode)}::text[], ${c.map((x) => x.fingerprint)}::text[],
        ${rows.map((row) => JSON.stringify(row.raw))}::jsonb[]
      ) AS t(event_key, event_unique_id, legacy_id, event_time, attempted_at, injected_at,
             status, channel, is_retry, msguid, recipient, recipient_domain, sender,
             from_address, list_id, send_id, click_tracking_id, server_id, mta_id, virtual_mta,
             sending_ip, sending_hostname, throttle_id, send_slice_id, mx_hostname, mx_ip,
             message, message_size, smtp_timing, headers, catalogue_entry, rule, reason,
             category, provider, smtp_code, enhanced_code, fingerprint, raw)
    ), inserted AS (
      INSERT INTO delivery_attempts (event_key, event_unique_id, legacy_id, event_time,
        attempted_at, injected_at, status, channel, is_retry, msguid, recipient,
        recipient_domain, sender, from_address, list_id, send_id, click_tracking_id, server_id,
        mta_id, virtual_mta, sending_ip, sending_hostname, throttle_id, send_slice_id,
        mx_hostname, mx_ip, message, message_size, smtp_timing, headers, catalogue_entry, rule,
        reason, category, provider, smtp_code, enhanced_code, fingerprint, classifier_version,
        raw)
      SELECT event_key, event_unique_id, legacy_id, event_time, attempted_at, injected_at,
        status, channel, is_retry, msguid, recipient, recipient_domain, sender, from_address,
        list_id, send_id, click_tracking_id, server_id, mta_id, virtual_mta, sending_ip,
        sending_hostname, throttle_id, send_slice_id, mx_hostname, mx_ip, message, message_size,
        smtp_timing, headers, catalogue_entry, rule, reason, category, provider, smtp_code,
        enhanced_code, fingerprint, ${CLASSIFIER_VERSION}::int, raw
      FROM incoming ORDER BY event_key
      ON CONFLICT (event_key) DO NOTHING
      RETURNING attempted_at, status, is_retry, recipient_domain, send_id, sending_ip, virtual_mta,
        reason, category, provider, smtp_code, enhanced_code
    ), rolled_up AS (
      INSERT INTO attempt_rollups_hourly AS r (bucket, status, is_retry, recipient_domain,
        send_id, sending_ip, virtual_mta, reason, category, provider, smtp_code, enhanced_code, attempts)
      SELECT date_trunc('hour', attempted_at, 'UTC'), status, is_retry, recipient_domain,
        coalesce(send_id, ''), coalesce(sending_ip, ''), coalesce(virtual_mta, ''), coalesce(reason, ''),
        coalesce(category, ''), coalesce(provider, ''), coalesce(smtp_code::text, ''),
        coalesce(enhanced_code, ''), count(*)
      FROM inserted
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
      ON CONFLICT (bucket, status, is_retry, recipient_domain, send_id, sending_ip, virtual_mta, reason,
        category, provider, smtp_code, enhanced_code)
      DO UPDATE SET attempts = r.attempts + EXCLUDED.attempts
    )
    SELECT count(*)::int AS stored FROM inserted`;
  return result[0]?.stored ?? 0;
}
