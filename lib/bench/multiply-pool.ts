import type { Client } from 'pg';
import { POOL_COLUMNS } from '@/lib/bench/attempt-pool';

// One replica is the pool moved back by a whole number of days, with new message ids and
// event keys (so keys stay unique) and, per message, a variant of the long-tail recipient
// domains and of the sending IPs, so a 90-day history has thousands of domains.

export const DOMAIN_VARIANTS = 8;
const IP_VARIANTS = 4;
/** A domain with this share of the pool or more is a big mailbox provider: never renamed. */
const BIG_DOMAIN_SHARE = 0.003;

export async function markFixedDomains(client: Client): Promise<number> {
  const result = await client.query(
    `UPDATE bench_pool SET fixed_domain = true WHERE recipient_domain IN (
       SELECT recipient_domain FROM bench_pool GROUP BY 1
       HAVING count(*) >= $1::float8 * (SELECT count(*) FROM bench_pool))`,
    [BIG_DOMAIN_SHARE],
  );
  return result.rowCount ?? 0;
}

export interface Replica {
  index: number;
  shiftDays: number;
  /** Rows of the shuffled pool this replica keeps, to land on the requested total. */
  keep: number;
}

/** Inserts one replica with a single INSERT ... SELECT and returns the rows written. */
export async function insertReplica(client: Client, replica: Replica): Promise<number> {
  const result = await client.query(REPLICA_SQL, [
    replica.index,
    replica.shiftDays * 86_400,
    replica.keep,
    DOMAIN_VARIANTS,
    IP_VARIANTS,
  ]);
  return result.rowCount ?? 0;
}

// Epochs GreenArrow sent as text stay as they were; numeric ones move with the replica.
const rawEpoch = (column: string, key: string) =>
  `CASE WHEN ${column} IS NULL THEN raw->'${key}' ELSE to_jsonb(${column} - secs) END`;

const SHIFTED_COLUMNS: Partial<Record<(typeof POOL_COLUMNS)[number], string>> = {
  event_key: `CASE WHEN r = 0 THEN event_key ELSE 'u:' || uid END`,
  event_unique_id: `uid`,
  event_time: `event_time + shift`,
  attempted_at: `attempted_at + shift`,
  injected_at: `injected_at + shift`,
  msguid: `new_msguid`,
  recipient: `new_recipient`,
  recipient_domain: `new_domain`,
  sending_ip: `new_ip`,
  send_id: `new_send_id`,
  mx_hostname: `new_mx`,
  message: `new_message`,
  raw: `raw || jsonb_build_object('event_time', ${rawEpoch('raw_event_time', 'event_time')},
    'timestamp', ${rawEpoch('raw_timestamp', 'timestamp')},
    'injected_time', ${rawEpoch('raw_injected_time', 'injected_time')}, 'event_unique_id', uid,
    'msguid', new_msguid, 'email', new_recipient, 'sendid', new_send_id, 'outmtaid_ip', new_ip, 'mx_hostname', new_mx,
    'message', new_message)`,
};

const selectList = POOL_COLUMNS.map((column) => SHIFTED_COLUMNS[column] ?? column).join(', ');

// Parameters are read once into named columns so each has one type throughout.
export const REPLICA_SQL = `
  INSERT INTO delivery_attempts (${POOL_COLUMNS.join(', ')}, received_at)
  SELECT ${selectList}, attempted_at + shift + (1 + pool_seq % 4) * interval '1 second'
  FROM (
    SELECT p.*, params.*, n.*,
      CASE WHEN r = 0 OR p.event_unique_id IS NULL THEN p.event_unique_id
           WHEN p.msguid IS NOT NULL AND position(p.msguid IN p.event_unique_id) > 0
             THEN replace(p.event_unique_id, p.msguid, n.new_msguid)
           ELSE p.event_unique_id || '-' || r END AS uid,
      p.local_part || CASE WHEN r = 0 THEN '' ELSE r::text END || '@' || n.new_domain
        AS new_recipient,
      CASE WHEN n.domain_variant = 0 THEN p.mx_hostname
           ELSE replace(p.mx_hostname, p.recipient_domain, n.new_domain) END AS new_mx,
      CASE WHEN n.domain_variant = 0 THEN p.message
           ELSE replace(p.message, p.recipient_domain, n.new_domain) END AS new_message
    FROM (SELECT $1::int AS r, $2::bigint AS secs, $3::int AS keep, $4::int AS domain_variants,
                 $5::int AS ip_variants) params
    CROSS JOIN bench_pool p
    CROSS JOIN LATERAL (SELECT
      make_interval(secs => -secs) AS shift,
      CASE WHEN r = 0 OR p.msguid_epoch IS NULL THEN p.msguid
           ELSE (p.msguid_epoch - secs)::text || '.' || p.msguid_rest || lpad(r::text, 2, '0')
      END AS new_msguid,
      d.domain_variant,
      CASE WHEN d.domain_variant = 0 THEN p.recipient_domain
           ELSE p.domain_head || d.domain_variant || p.domain_tail END AS new_domain,
      CASE WHEN p.ip_third IS NULL OR p.message_hash % ip_variants = 0 THEN p.sending_ip
           ELSE p.ip_head || (p.ip_third + p.message_hash % ip_variants) % 256 || p.ip_tail
      END AS new_ip,
      -- A campaign's send id carries its date: it moves with the copy.
      CASE WHEN p.send_date IS NULL THEN p.send_id
           ELSE p.send_head || to_char(p.send_date - (secs / 86400)::int, 'YYYYMMDD') || p.send_tail
      END AS new_send_id
      FROM (SELECT CASE WHEN p.fixed_domain THEN 0
                   ELSE (p.message_hash / ip_variants + r * 3) % domain_variants END
                   AS domain_variant) d) n
    WHERE p.pool_seq < keep
  ) shifted`;

/** The pool and its helper are dropped once every replica is written. */
export const DROP_POOL = `DROP TABLE IF EXISTS bench_pool; DROP FUNCTION IF EXISTS raw_epoch(jsonb)`;
