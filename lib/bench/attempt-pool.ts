import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CLASSIFIER_VERSION } from '@/lib/classifier';
import { streamDeliveryAttempts } from '@/lib/demo';
import { eventKeyOf } from '@/lib/greenarrow/event-key';
import { sortEvent, type ClassifiedAttempt } from '@/lib/ingest/sort-events';

// The pool: realistic attempts made by the demo generator and typed and classified by
// the very function the webhook uses, so every column holds what ingest would store.

// prettier-ignore
export const POOL_COLUMNS = [
  'event_key', 'event_unique_id', 'legacy_id', 'event_time', 'attempted_at', 'injected_at',
  'status', 'channel', 'is_retry', 'msguid', 'recipient', 'recipient_domain', 'sender',
  'from_address', 'list_id', 'send_id', 'click_tracking_id', 'server_id', 'mta_id',
  'virtual_mta', 'sending_ip', 'sending_hostname', 'throttle_id', 'send_slice_id',
  'mx_hostname', 'mx_ip', 'message', 'message_size', 'smtp_timing', 'headers',
  'catalogue_entry', 'rule', 'reason', 'category', 'provider', 'smtp_code', 'enhanced_code',
  'fingerprint', 'classifier_version', 'raw',
] as const;

type CopyValue = string | number | bigint | boolean | Date | null;

export interface PoolOptions {
  seed: number;
  start: Date;
  end: Date;
  messages: number;
}

/** Streams the pool into the unlogged bench_pool table and returns how many rows it holds. */
export async function copyAttemptPool(client: Client, options: PoolOptions): Promise<number> {
  await client.query('DROP TABLE IF EXISTS bench_pool_raw, bench_pool');
  await client.query(`CREATE OR REPLACE FUNCTION raw_epoch(value jsonb) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN jsonb_typeof(value) = 'number' THEN value::text::numeric END $$`);
  await client.query(`CREATE UNLOGGED TABLE bench_pool_raw AS
    SELECT ${POOL_COLUMNS.join(', ')} FROM delivery_attempts WITH NO DATA`);
  const sink = client.query(
    copyFrom(`COPY bench_pool_raw (${POOL_COLUMNS.join(', ')}) FROM STDIN`),
  );
  await pipeline(Readable.from(copyLines(options)), sink);
  await client.query(`CREATE UNLOGGED TABLE bench_pool AS ${POOL_SELECT} WITH NO DATA`);
  // Inline and uncompressed: each replica reads every raw event once more.
  await client.query('ALTER TABLE bench_pool ALTER raw SET STORAGE PLAIN');
  await client.query(`INSERT INTO bench_pool ${POOL_SELECT} ORDER BY attempted_at`);
  await client.query('DROP TABLE bench_pool_raw');
  return Number((await client.query('SELECT count(*) AS n FROM bench_pool')).rows[0].n);
}

// md5 order is a fixed shuffle: keeping the first k rows of it is an unbiased sample. Rows
// stay in time order, so replicas are written in the order ingest would write them. The
// pieces each replica varies are cut out once here rather than once per copy.
const POOL_SELECT = `
  SELECT raw_pool.*, (row_number() OVER (ORDER BY md5(event_key)) - 1)::int AS pool_seq,
    false AS fixed_domain, abs(hashtext(coalesce(msguid, event_key))) AS message_hash,
    split_part(recipient, '@', 1) AS local_part,
    split_part(recipient_domain, '.', 1) AS domain_head,
    substr(recipient_domain, length(split_part(recipient_domain, '.', 1)) + 1) AS domain_tail,
    CASE WHEN msguid ~ '^[0-9]+[.][0-9]+$' THEN split_part(msguid, '.', 1)::bigint END AS msguid_epoch,
    split_part(msguid, '.', 2) AS msguid_rest,
    CASE WHEN sending_ip ~ '^[0-9]+[.][0-9]+[.][0-9]+[.][0-9]+$' THEN split_part(sending_ip, '.', 3)::int END AS ip_third,
    split_part(sending_ip, '.', 1) || '.' || split_part(sending_ip, '.', 2) || '.' AS ip_head,
    '.' || split_part(sending_ip, '.', 4) AS ip_tail,
    to_date(substring(send_id FROM '[0-9]{8}'), 'YYYYMMDD') AS send_date,
    split_part(send_id, substring(send_id FROM '[0-9]{8}'), 1) AS send_head,
    split_part(send_id, substring(send_id FROM '[0-9]{8}'), 2) AS send_tail,
    raw_epoch(raw->'event_time') AS raw_event_time, raw_epoch(raw->'timestamp') AS raw_timestamp,
    raw_epoch(raw->'injected_time') AS raw_injected_time
  FROM bench_pool_raw raw_pool`;

function* copyLines(options: PoolOptions): Generator<string> {
  let lines: string[] = [];
  for (const event of streamDeliveryAttempts(options)) {
    const sorted = sortEvent(eventKeyOf(event), event);
    if (sorted.kind !== 'attempt') continue;
    lines.push(copyLine(rowOf(sorted.event)));
    // Joined chunks keep the stream's per-item overhead off the hot path.
    if (lines.length === 1000) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
}

// prettier-ignore
function rowOf({ eventKey, attempt: a, classification: c, raw }: ClassifiedAttempt): CopyValue[] {
  return [
    eventKey, a.eventUniqueId, a.legacyId, a.eventTime, a.attemptedAt, a.injectedAt,
    a.status, a.channel, a.isRetry, a.msguid, a.recipient, a.recipientDomain, a.sender,
    a.fromAddress, a.listId, a.sendId, a.clickTrackingId, a.serverId, a.mtaId,
    a.virtualMta, a.sendingIp, a.sendingHostname, a.throttleId, a.sendSliceId,
    a.mxHostname, a.mxIp, a.message, a.messageSize, a.smtpTiming,
    a.headers ? JSON.stringify(a.headers) : null,
    c.catalogueEntry, c.rule, c.reason, c.category, c.provider, c.smtpCode, c.enhancedCode,
    c.fingerprint, CLASSIFIER_VERSION, JSON.stringify(raw),
  ];
}

function copyLine(values: CopyValue[]): string {
  return `${values.map(copyField).join('\t')}\n`;
}

function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value !== 'string') return String(value);
  return value.replace(/[\\\n\r\t]/g, (special) => COPY_ESCAPES[special] ?? special);
}

const COPY_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};
