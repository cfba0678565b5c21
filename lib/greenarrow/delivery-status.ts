/** The statuses GreenArrow reports on a delivery_attempt event. */
export const DELIVERY_STATUSES = [
  'success',
  'deferral',
  'failure',
  'failure_toolong',
  'connmaxout',
] as const;

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const STATUS_LABELS: Record<DeliveryStatus, string> = {
  success: 'Accepted',
  deferral: 'Deferred',
  failure: 'Failed',
  failure_toolong: 'Expired in queue',
  connmaxout: 'Throttled (connmaxout)',
};

export function isDeliveryStatus(value: unknown): value is DeliveryStatus {
  return typeof value === 'string' && (DELIVERY_STATUSES as readonly string[]).includes(value);
}
