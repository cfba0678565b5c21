import type { DeliveryStatus } from '@/lib/greenarrow/delivery-status';

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
export const STATUS_COLOURS: Record<DeliveryStatus, string> = {
  success: '#009E73',
  deferral: '#E69F00',
  failure: '#D55E00',
  failure_toolong: '#CC79A7',
  connmaxout: '#0072B2',
};
