export type DeliveryStatus = 'success' | 'deferral' | 'failure' | 'failure_toolong' | 'connmaxout';

export const DELIVERY_STATUSES: readonly DeliveryStatus[] = [
  'success',
  'deferral',
  'failure',
  'failure_toolong',
  'connmaxout',
];

/** Any event as GreenArrow posts it: a flat JSON object whose field set depends on the type. */
export type GreenArrowEvent = Record<string, unknown>;

/** The shape of a delivery_attempt event this generator emits; ids vary in JSON type by server. */
export interface DeliveryAttemptEvent extends GreenArrowEvent {
  event_type: 'delivery_attempt';
  event_time: number;
  event_unique_id: string;
  id?: number;
  server_id: string;
  email: string;
  listid: string;
  sendid: string;
  click_tracking_id: string;
  timestamp: number;
  channel: 'remote' | 'local';
  status: DeliveryStatus;
  is_retry: 0 | 1 | boolean;
  msguid: string;
  sender: string;
  mtaid: string | number;
  injected_time: number;
  message: string;
  outmtaid: string | number;
  outmtaid_ip: string;
  outmtaid_hostname: string;
  sendsliceid: string;
  throttleid: string;
  mx_hostname: string;
  mx_ip: string;
  from_address: string;
  headers: Record<string, string[]>;
  message_size: number;
}

export interface DemoOptions {
  seed?: number;
  start: Date;
  end: Date;
  messages: number;
}

export interface OtherEventOptions {
  seed?: number;
  start: Date;
  end: Date;
  count: number;
}

/** What the generator needs from a catalogue entry; the classifier's catalogue satisfies it. */
export interface TemplateEntry {
  id: string;
  statuses: readonly string[];
  template: string;
}
