import type { DeliveryStatus } from '@/lib/greenarrow/delivery-status';

// The status sets the deferral and failure pages report on.

export const STATUS_SETS = {
  deferrals: ['deferral'],
  failures: ['failure', 'failure_toolong'],
} as const satisfies Record<string, readonly DeliveryStatus[]>;

export type StatusSetName = keyof typeof STATUS_SETS;

/** The statuses asked for, narrowed by the view's own status filter when it has one. */
export function narrowStatuses(
  wanted: readonly DeliveryStatus[],
  filter?: readonly DeliveryStatus[],
): DeliveryStatus[] {
  if (!filter?.length) return [...wanted];
  return wanted.filter((status) => filter.includes(status));
}
