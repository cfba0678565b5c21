export {
  generateDeliveryAttempts,
  streamDeliveryAttempts,
  DEFAULT_DEMO_SEED,
} from './delivery-attempts';
export { generateOtherEvents } from './other-events';
export { DELIVERY_STATUSES } from './types';
export type {
  DeliveryAttemptEvent,
  DeliveryStatus,
  DemoOptions,
  GreenArrowEvent,
  OtherEventOptions,
} from './types';
