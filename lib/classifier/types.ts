import type { Category } from './categories';

/** Statuses a GreenArrow delivery_attempt event can carry. */
export type AttemptStatus = 'success' | 'deferral' | 'failure' | 'failure_toolong' | 'connmaxout';

/** Where the cause of an attempt's outcome lies, from the sender's point of view. */
export type WhoseSide =
  | 'our-configuration'
  | 'our-reputation'
  | 'recipient-server'
  | 'dns'
  | 'network'
  | 'greenarrow-internal'
  | 'recipient-address'
  | 'message-content'
  | 'none';

export type RetryHelps = 'yes' | 'no' | 'maybe';

/** Plain-language explanation aimed at a deliverability engineer. */
export interface Explanation {
  whatHappened: string;
  whoseSide: WhoseSide;
  whatToDo: string;
  retryHelps: RetryHelps;
}

export type CatalogueGroup =
  'acceptance' | 'basic-delivery' | 'smtp-auth' | 'delivery-override' | 'internal' | 'expiration';

export type Placeholder = 'IP' | 'HOSTNAME' | 'MESSAGE' | 'ERROR';

export interface CatalogueEntry extends Explanation {
  id: string;
  statuses: readonly AttemptStatus[];
  /** Exactly as GreenArrow documents it; `/` marks where lines are joined. */
  template: string;
  group: CatalogueGroup;
  /** Fixed category, or null when the remote reply in {MESSAGE} decides it. */
  category: Category | null;
}
