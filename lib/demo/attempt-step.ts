import {
  attemptEvent,
  localMessageText,
  remoteMessageText,
  type AttemptSite,
  type LegacyIdCounter,
} from './attempt-event';
import { decideOutcome, type OutcomeModel } from './attempt-outcome';
import type { AttemptQueue } from './attempt-queue';
import type { QueuedMessage } from './message';
import type { MxHost } from './network';
import type { Random } from './random';
import type { VirtualMta } from './senders';
import type { DeliveryAttemptEvent } from './types';

export interface Run extends OutcomeModel {
  endSec: number;
  legacyIds: LegacyIdCounter;
  /** Injection rate right now relative to the window's mean; drives GreenArrow's own throttle. */
  load: number;
}

/** Takes the next scheduled attempt, decides it, and queues the retry a deferral calls for. */
export function runNextAttempt(run: Run, queue: AttemptQueue<QueuedMessage>): DeliveryAttemptEvent {
  const next = queue.pop();
  if (!next) throw new Error('no attempt is scheduled');
  const { time, item: message } = next;
  message.attempts++;
  const { random } = run;
  if (message.domain.kind === 'local') {
    const site: AttemptSite = { time, virtualMta: null, mx: null, mxIp: '' };
    return attemptEvent(message, site, 'success', localMessageText(random), run.legacyIds);
  }
  const virtualMta = pickVirtualMta(message, random);
  if (message.attempts > 1 && time - message.injectedAt > message.stream.lifetime) {
    const site: AttemptSite = { time, virtualMta, mx: null, mxIp: '' };
    const expired = { template: run.templates.byRole.expired, replies: null, status: null };
    const { text } = remoteMessageText(message, site, expired, random);
    return attemptEvent(message, site, 'failure_toolong', text, run.legacyIds);
  }
  const load = message.attempts === 1 ? run.load : 1;
  const outcome = decideOutcome(run, message, virtualMta.ip, time, load);
  const mx = outcome.template.contactsRemote ? pickMx(message, random) : null;
  const site: AttemptSite = {
    time,
    virtualMta,
    mx,
    mxIp: mx ? mxAddress(mx, virtualMta, random) : '',
  };
  const { text, status } = remoteMessageText(message, site, outcome, random);
  if (status === 'deferral' || status === 'connmaxout') scheduleRetry(run, queue, message, time);
  return attemptEvent(message, site, status, text, run.legacyIds);
}

/** Attempt n comes about ((n-1)*20)^2 seconds after the first, with some jitter. */
function scheduleRetry(
  run: Run,
  queue: AttemptQueue<QueuedMessage>,
  message: QueuedMessage,
  time: number,
): void {
  const step = message.attempts * 20;
  const planned = message.firstAttemptAt + step * step * run.random.between(0.92, 1.1);
  const retryAt = Math.max(planned, time + 30) + run.random.between(0, 20);
  if (retryAt <= run.endSec) queue.push(retryAt, message);
}

function pickVirtualMta(message: QueuedMessage, random: Random): VirtualMta {
  const { pool } = message.stream;
  const reachesIpv6 = message.domain.mxHosts.some((mx) => mx.ipv6 !== '');
  for (;;) {
    const candidate = random.pick(pool);
    if (reachesIpv6 || !candidate.ip.includes(':')) return candidate;
  }
}

function pickMx(message: QueuedMessage, random: Random): MxHost | null {
  const { mxHosts } = message.domain;
  if (message.attempts > 1 && mxHosts.length > 1 && random.chance(0.3)) return random.pick(mxHosts);
  return message.mx;
}

function mxAddress(mx: MxHost, virtualMta: VirtualMta, random: Random): string {
  if (virtualMta.ip.includes(':') && mx.ipv6 !== '') return mx.ipv6;
  return random.pick(mx.ipv4);
}
