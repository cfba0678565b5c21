import { classifyAttempt, type Classification } from '@/lib/classifier';
import { parseDeliveryAttempt, type DeliveryAttempt } from '@/lib/greenarrow/delivery-attempt';
import { eventKeyOf } from '@/lib/greenarrow/event-key';
import { optionalEpochTime } from '@/lib/greenarrow/field-coercion';
import { storableValue } from '@/lib/greenarrow/sanitize';

export interface ClassifiedAttempt {
  eventKey: string;
  attempt: DeliveryAttempt;
  classification: Classification;
  raw: Record<string, unknown>;
}

export interface OtherTypeEvent {
  eventKey: string;
  eventType: string;
  eventTime: Date | null;
  raw: Record<string, unknown>;
}

export interface RejectedEvent {
  eventKey: string;
  eventType: string | null;
  reason: string;
  raw: unknown;
}

export interface SortedBatch {
  attempts: ClassifiedAttempt[];
  others: OtherTypeEvent[];
  rejected: RejectedEvent[];
  /** Events repeated inside this very batch (same key as an earlier one). */
  repeatedInBatch: number;
}

/** Splits a batch into attempts, other event types and rejects; never throws on bad input. */
export function sortEvents(events: readonly unknown[]): SortedBatch {
  const batch: SortedBatch = { attempts: [], others: [], rejected: [], repeatedInBatch: 0 };
  const seen = new Set<string>();
  for (const item of events) {
    const keyed = keyItem(item);
    if (keyed.kind === 'rejected') {
      batch.rejected.push(keyed.event);
      continue;
    }
    if (seen.has(keyed.eventKey)) {
      batch.repeatedInBatch += 1;
      continue;
    }
    seen.add(keyed.eventKey);
    sortOne(batch, keyed.eventKey, keyed.raw);
  }
  return batch;
}

export type SortedEvent =
  | { kind: 'attempt'; event: ClassifiedAttempt }
  | { kind: 'other'; event: OtherTypeEvent }
  | { kind: 'rejected'; event: RejectedEvent };

/** Sanitises, keys and sorts one item on its own, as a batch would without de-duplication. */
export function sortOneEvent(item: unknown): SortedEvent {
  const keyed = keyItem(item);
  return keyed.kind === 'keyed' ? sortEvent(keyed.eventKey, keyed.raw) : keyed;
}

/** Types, validates and classifies one event: the path every ingested event takes. */
export function sortEvent(eventKey: string, raw: Record<string, unknown>): SortedEvent {
  const eventType = typeof raw.event_type === 'string' ? raw.event_type.trim() : '';
  if (eventType === '') {
    return { kind: 'rejected', event: { eventKey, eventType: null, reason: 'event_type: missing', raw } };
  }
  if (eventType !== 'delivery_attempt') {
    const time = optionalEpochTime.safeParse(raw.event_time);
    const eventTime = time.success ? time.data : null;
    return { kind: 'other', event: { eventKey, eventType, eventTime, raw } };
  }
  const parsed = parseDeliveryAttempt(raw);
  if (!parsed.ok) {
    return { kind: 'rejected', event: { eventKey, eventType, reason: parsed.reason, raw } };
  }
  const attempt = parsed.value;
  const classification = classifyAttempt({
    message: attempt.message,
    status: attempt.status,
    mxHostname: attempt.mxHostname,
    recipientDomain: attempt.recipientDomain,
  });
  return { kind: 'attempt', event: { eventKey, attempt, classification, raw } };
}

type KeyedItem =
  | { kind: 'keyed'; eventKey: string; raw: Record<string, unknown> }
  | { kind: 'rejected'; event: RejectedEvent };

// Keyed apart from sorting so that a batch drops its repeats before classifying them.
function keyItem(item: unknown): KeyedItem {
  const raw = storableValue(item);
  if (!isPlainObject(raw)) {
    return { kind: 'rejected', event: rejectedOf(raw, null, 'event: not a JSON object') };
  }
  return { kind: 'keyed', eventKey: eventKeyOf(raw), raw };
}

function sortOne(batch: SortedBatch, eventKey: string, raw: Record<string, unknown>): void {
  const sorted = sortEvent(eventKey, raw);
  if (sorted.kind === 'attempt') batch.attempts.push(sorted.event);
  else if (sorted.kind === 'other') batch.others.push(sorted.event);
  else batch.rejected.push(sorted.event);
}

function rejectedOf(raw: unknown, eventType: string | null, reason: string): RejectedEvent {
  return { eventKey: eventKeyOf({ rejected: raw }), eventType, reason, raw };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
