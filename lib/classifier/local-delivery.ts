import type { Explanation } from './types';

// GreenArrow's local channel (delivery on the server itself) reports success in the qmail
// style: "did F+W+P/" counts the deliveries made to files or mailboxes, forwards and
// programs, and what a delivery program said may follow. None of the remote catalogue
// fits it, so it is its own reason.

export const LOCAL_DELIVERY_REASON = 'local-delivery';

export interface LocalDeliveryReport {
  toFiles: number;
  forwarded: number;
  toPrograms: number;
  /** What a delivery program said after the counts, if anything. */
  detail: string;
}

const REPORT = /^\s*did (\d+)\+(\d+)\+(\d+)\//;

export function parseLocalDelivery(message: string): LocalDeliveryReport | null {
  const match = REPORT.exec(message);
  if (!match) return null;
  return {
    toFiles: Number(match[1]),
    forwarded: Number(match[2]),
    toPrograms: Number(match[3]),
    detail: message.slice(match[0].length).replace(/\/\s*$/, '').trim(),
  };
}

export const LOCAL_DELIVERY_EXPLANATION: Explanation = {
  whatHappened:
    'GreenArrow delivered the message on its own server instead of to a remote MX; ' +
    '"did F+W+P" counts the copies written to files or mailboxes, forwarded, and handed to programs.',
  whoseSide: 'none',
  whatToDo:
    'Nothing for deliverability. If the message was meant for a remote recipient, check why ' +
    'GreenArrow routes this address to its local channel.',
  retryHelps: 'no',
};
