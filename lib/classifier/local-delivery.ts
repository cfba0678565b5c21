import type { Explanation } from './types';

// GreenArrow's local channel (delivery to a mailbox or program on the server itself)
// reports in the qmail style: "did D+T+P/" counts deliveries done, temporarily failed and
// permanently failed, then the delivery program's own words follow. None of the remote
// catalogue fits it, so it is its own reason.

export const LOCAL_DELIVERY_REASON = 'local-delivery';

export interface LocalDeliveryReport {
  delivered: number;
  deferred: number;
  failed: number;
  /** What the delivery program said after the counts, if anything. */
  detail: string;
}

const REPORT = /^\s*did (\d+)\+(\d+)\+(\d+)\//;

export function parseLocalDelivery(message: string): LocalDeliveryReport | null {
  const match = REPORT.exec(message);
  if (!match) return null;
  return {
    delivered: Number(match[1]),
    deferred: Number(match[2]),
    failed: Number(match[3]),
    detail: message.slice(match[0].length).replace(/\/\s*$/, '').trim(),
  };
}

export const LOCAL_DELIVERY_EXPLANATION: Explanation = {
  whatHappened:
    'GreenArrow handed the message to a local delivery on its own server (a mailbox or a ' +
    'program), not to a remote MX; "did D+T+P" counts deliveries done, deferred and refused.',
  whoseSide: 'our-configuration',
  whatToDo:
    'Nothing when it was delivered. Otherwise read the delivery program’s words after the ' +
    'counts and check the local mailbox or program that GreenArrow is configured to run.',
  retryHelps: 'maybe',
};
