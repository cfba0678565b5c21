import type { AttemptOutcome } from './attempt-outcome';
import { renderAttemptMessage } from './attempt-templates';
import type { QueuedMessage } from './message';
import type { MxHost } from './network';
import type { Random } from './random';
import { renderReply, statusOfReply, type ReplyContext } from './reply-text';
import { MODIFICATION_ERRORS } from './replies-special';
import type { VirtualMta } from './senders';
import type { DeliveryAttemptEvent, DeliveryStatus } from './types';

export interface AttemptSite {
  time: number;
  virtualMta: VirtualMta | null;
  mx: MxHost | null;
  mxIp: string;
}

/** Legacy posts number every event; the counter runs across the whole generated stream. */
export interface LegacyIdCounter {
  next: number;
}

const LOCAL_RESULTS = ['did 1+0+0/', 'did 1+0+0/', 'did 1+0+0/', 'did 0+1+0/', 'did 0+0+1/'];

export function remoteMessageText(
  message: QueuedMessage,
  site: AttemptSite,
  outcome: AttemptOutcome,
  random: Random,
): { text: string; status: DeliveryStatus } {
  let reply = '';
  if (outcome.replies && outcome.replies.length > 0) {
    const context: ReplyContext = {
      sendingIp: site.virtualMta?.ip ?? '',
      mxHostname: site.mx?.hostname ?? '',
      recipient: message.email,
      recipientDomain: message.domain.name,
      fromDomain: message.stream.fromDomain,
      epoch: Math.floor(site.time),
      random,
    };
    reply = renderReply(random.pick(outcome.replies), context);
  }
  const text = renderAttemptMessage(outcome.template, {
    ip: site.mxIp,
    hostname: message.domain.name,
    reply,
    error: outcome.template.hasError ? random.pick(MODIFICATION_ERRORS) : '',
  });
  return { text, status: outcome.status ?? statusOfReply(reply) };
}

export function localMessageText(random: Random): string {
  return random.pick(LOCAL_RESULTS);
}

export function attemptEvent(
  message: QueuedMessage,
  site: AttemptSite,
  status: DeliveryStatus,
  text: string,
  legacyIds: LegacyIdCounter,
): DeliveryAttemptEvent {
  const { stream } = message;
  const { server } = stream;
  const contactsRemote = site.mx !== null;
  const outmtaid = site.virtualMta?.outmtaid ?? 0;
  const isRetry = message.attempts > 1;
  const event: DeliveryAttemptEvent = {
    event_type: 'delivery_attempt',
    event_time: Math.floor(site.time),
    event_unique_id: `${server.serverId}-${message.msguid}-${message.attempts}`,
    server_id: server.serverId,
    email: message.email,
    listid: stream.listid,
    sendid: message.sendid,
    click_tracking_id: message.clickTrackingId,
    timestamp: Math.round(site.time * 1e6) / 1e6,
    channel: site.virtualMta ? 'remote' : 'local',
    status,
    is_retry: server.isRetryAsBoolean ? isRetry : isRetry ? 1 : 0,
    msguid: message.msguid,
    sender: message.sender,
    mtaid: server.mtaidAsNumber ? stream.mtaid : String(stream.mtaid),
    injected_time: Math.floor(message.injectedAt),
    message: text,
    outmtaid: server.outmtaidAsString ? String(outmtaid) : outmtaid,
    outmtaid_ip: site.virtualMta?.ip ?? '',
    outmtaid_hostname: site.virtualMta?.hostname ?? '',
    sendsliceid: '',
    throttleid: message.domain.throttleId,
    mx_hostname: contactsRemote ? (site.mx?.hostname ?? '') : '',
    mx_ip: contactsRemote ? site.mxIp : '',
    from_address: stream.fromAddress,
    headers: stream.mailerInfo ? { 'X-Mailer-Info': [stream.mailerInfo] } : {},
    message_size: message.size,
  };
  if (server.legacyId) event.id = legacyIds.next++;
  return event;
}
