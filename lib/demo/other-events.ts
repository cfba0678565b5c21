import { RECIPIENT_DOMAINS } from './domains';
import {
  bounceFields,
  engineFields,
  studioFields,
  type FieldContext,
  type TypeFields,
} from './other-event-fields';
import { Random, WeightedPicker } from './random';
import { localPart } from './recipients';
import { MAIL_STREAMS, type MailStream } from './senders';
import type { GreenArrowEvent, OtherEventOptions } from './types';

const DEFAULT_SEED = 20_240_116;

// Rough mix a busy sender sees: opens dominate, complaints and unsubscribes are rare.
const EVENT_TYPES = new WeightedPicker<string>([
  ['engine_open', 38],
  ['engine_click', 12],
  ['engine_unsub', 2],
  ['bounce_all', 16],
  ['bounce_bad_address', 3],
  ['scomp', 1.5],
  ['studio_open', 12],
  ['studio_click', 5],
  ['studio_unsub', 1],
  ['studio_subscriber_created', 2],
  ['studio_subscriber_updated', 1.5],
]);

const STREAMS = new WeightedPicker<MailStream>(
  MAIL_STREAMS.map((stream) => [stream, stream.baseWeight + stream.burstWeight]),
);

/** Bounce, complaint, tracking and Studio events, in time order, with their type's fields. */
export function generateOtherEvents(options: OtherEventOptions): GreenArrowEvent[] {
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const startSec = options.start.getTime() / 1000;
  const span = options.end.getTime() / 1000 - startSec;
  const events: GreenArrowEvent[] = [];
  if (!(span > 0)) return events;
  for (let index = 0; index < options.count; index++) {
    const time = startSec + ((index + random.float()) / options.count) * span;
    events.push(otherEvent(index, Math.floor(time), random));
  }
  return events;
}

function otherEvent(index: number, eventTime: number, random: Random): GreenArrowEvent {
  const type = EVENT_TYPES.pick(random);
  const stream = STREAMS.pick(random);
  const domain = RECIPIENT_DOMAINS.pick(random);
  const email = `${localPart(random, domain.kind === 'corporate')}@${domain.name}`;
  const day = new Date(eventTime * 1000).toISOString().slice(0, 10).replace(/-/g, '');
  const serverId = stream.server.serverId;
  const context: FieldContext = {
    random,
    domain,
    listid: stream.listid,
    reply: {
      sendingIp: stream.pool[0]?.ip ?? '',
      mxHostname: domain.mxHosts[0]?.hostname ?? '',
      recipient: email,
      recipientDomain: domain.name,
      fromDomain: stream.fromDomain,
      epoch: eventTime,
      random,
    },
  };
  return {
    event_type: type,
    event_time: eventTime,
    event_unique_id: `${serverId}-${type}-${eventTime}-${index}`,
    server_id: serverId,
    email,
    listid: stream.listid,
    sendid: `${stream.listid}${day}`,
    click_tracking_id: `${stream.listid}-msg-${random.int(1_000_000)}`,
    ...typeFields(type, context),
  };
}

function typeFields(type: string, context: FieldContext): TypeFields {
  if (type === 'bounce_all' || type === 'bounce_bad_address') {
    return bounceFields(context, type === 'bounce_bad_address');
  }
  if (type.startsWith('engine_')) return engineFields(type, context);
  if (type.startsWith('studio_')) return studioFields(type, context);
  return {};
}
