import { z } from 'zod';
import { DELIVERY_STATUSES } from '@/lib/greenarrow/delivery-status';
import {
  epochTime,
  optionalEpochTime,
  optionalId,
  optionalSize,
  optionalText,
  retryFlag,
} from '@/lib/greenarrow/field-coercion';

const recipientAddress = z
  .string()
  .trim()
  .max(998)
  .regex(/^[^@\s]+@[^@\s]+$/, 'not an email address');

const headerValues = z.record(z.string(), z.union([z.array(z.string()), z.string()]));

/** A delivery_attempt event as GreenArrow posts it; unknown extra fields are allowed. */
const deliveryAttemptSchema = z.looseObject({
  status: z.enum(DELIVERY_STATUSES, { message: `must be one of ${DELIVERY_STATUSES.join(', ')}` }),
  email: recipientAddress.optional(),
  recipient: recipientAddress.optional(),
  timestamp: epochTime.optional(),
  event_time: optionalEpochTime,
  injected_time: optionalEpochTime,
  event_unique_id: optionalId,
  id: optionalId,
  channel: optionalText,
  is_retry: retryFlag,
  msguid: optionalId,
  sender: optionalText,
  from_address: optionalText,
  listid: optionalId,
  sendid: optionalId,
  click_tracking_id: optionalId,
  server_id: optionalId,
  mtaid: optionalId,
  outmtaid: optionalId,
  outmtaid_ip: optionalText,
  outmtaid_hostname: optionalText,
  throttleid: optionalId,
  sendsliceid: optionalId,
  mx_hostname: optionalText,
  mx_ip: optionalText,
  message: z.union([z.string(), z.null()]).optional(),
  message_size: optionalSize,
  smtp_timing: optionalText,
  headers: z.union([headerValues, z.array(z.never()), z.null()]).optional(),
});

export interface DeliveryAttempt {
  eventUniqueId: string | null;
  legacyId: string | null;
  eventTime: Date | null;
  attemptedAt: Date;
  injectedAt: Date | null;
  status: (typeof DELIVERY_STATUSES)[number];
  channel: string | null;
  isRetry: boolean;
  msguid: string | null;
  recipient: string;
  recipientDomain: string;
  sender: string | null;
  fromAddress: string | null;
  listId: string | null;
  sendId: string | null;
  clickTrackingId: string | null;
  serverId: string | null;
  mtaId: string | null;
  virtualMta: string | null;
  sendingIp: string | null;
  sendingHostname: string | null;
  throttleId: string | null;
  sendSliceId: string | null;
  mxHostname: string | null;
  mxIp: string | null;
  message: string | null;
  messageSize: bigint | null;
  smtpTiming: string | null;
  headers: Record<string, string[] | string> | null;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Validates and types one delivery_attempt; the reason names the first offending field. */
export function parseDeliveryAttempt(event: Record<string, unknown>): ParseResult<DeliveryAttempt> {
  const result = deliveryAttemptSchema.safeParse(event);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || 'event';
    return { ok: false, reason: `${field}: ${issue?.message ?? 'invalid'}` };
  }
  const fields = result.data;
  const recipient = fields.email ?? fields.recipient;
  if (!recipient) return { ok: false, reason: 'email: missing recipient address' };
  const attemptedAt = fields.timestamp ?? fields.event_time;
  if (!attemptedAt) return { ok: false, reason: 'timestamp: missing attempt time' };
  return {
    ok: true,
    value: {
      eventUniqueId: fields.event_unique_id,
      legacyId: fields.id,
      eventTime: fields.event_time,
      attemptedAt,
      injectedAt: fields.injected_time,
      status: fields.status,
      channel: fields.channel,
      isRetry: fields.is_retry,
      msguid: fields.msguid,
      recipient,
      recipientDomain: recipientDomainOf(recipient),
      sender: fields.sender,
      fromAddress: fields.from_address,
      listId: fields.listid,
      sendId: fields.sendid,
      clickTrackingId: fields.click_tracking_id,
      serverId: fields.server_id,
      mtaId: fields.mtaid,
      virtualMta: fields.outmtaid,
      sendingIp: fields.outmtaid_ip,
      sendingHostname: fields.outmtaid_hostname,
      throttleId: fields.throttleid,
      sendSliceId: fields.sendsliceid,
      mxHostname: fields.mx_hostname,
      mxIp: fields.mx_ip,
      message: fields.message ?? null,
      messageSize: fields.message_size,
      smtpTiming: fields.smtp_timing,
      headers: Array.isArray(fields.headers) ? null : (fields.headers ?? null),
    },
  };
}

export function recipientDomainOf(address: string): string {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return domain.toLowerCase().replace(/\.+$/, '');
}
