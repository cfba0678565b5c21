import type { AttemptTemplate } from './attempt-templates';
import { RECIPIENT_DOMAINS, type RecipientDomain } from './domains';
import type { MxHost } from './network';
import type { Random } from './random';
import { localPart } from './recipients';
import type { MailStream } from './senders';

/** What happens to this recipient whatever the day: most are fine, some never will be. */
export type RecipientFate = 'deliverable' | 'unknownUser' | 'mailboxFull' | 'tooLarge' | 'spam';

export interface QueuedMessage {
  index: number;
  msguid: string;
  injectedAt: number;
  firstAttemptAt: number;
  stream: MailStream;
  domain: RecipientDomain;
  email: string;
  sender: string;
  sendid: string;
  clickTrackingId: string;
  size: number;
  fate: RecipientFate;
  /** A catalogue entry injected on the first attempt so every documented message occurs. */
  rareTemplate: AttemptTemplate | null;
  mx: MxHost | null;
  attempts: number;
}

// One message in this many carries a rare catalogue entry on its first attempt.
export const RARE_EVERY = 173;

// Multiplying by a number coprime to 10^8 permutes the suffixes, keeping msguids unique.
const MSGUID_SPREAD = 48_271;
const MSGUID_SUFFIXES = 100_000_000;

const DAY = 86_400;
const dayLabels = new Map<number, string>();

function dayLabel(epochSec: number): string {
  const day = Math.floor(epochSec / DAY);
  let label = dayLabels.get(day);
  if (label === undefined) {
    label = new Date(day * DAY * 1000).toISOString().slice(0, 10).replace(/-/g, '');
    dayLabels.set(day, label);
  }
  return label;
}

function fateFor(stream: MailStream, random: Random): RecipientFate {
  const roll = random.float();
  const unknownShare = stream.listid === 'tx' ? 0.01 : 0.025;
  if (roll < unknownShare) return 'unknownUser';
  if (roll < unknownShare + 0.004) return 'mailboxFull';
  if (roll < unknownShare + 0.005) return 'tooLarge';
  if (roll < unknownShare + 0.009) return 'spam';
  return 'deliverable';
}

function pickDomain(random: Random, remoteOnly: boolean): RecipientDomain {
  let domain = RECIPIENT_DOMAINS.pick(random);
  while (remoteOnly && domain.mxHosts.length === 0) domain = RECIPIENT_DOMAINS.pick(random);
  return domain;
}

export function queueMessage(
  index: number,
  injectedAt: number,
  stream: MailStream,
  rareTemplate: AttemptTemplate | null,
  random: Random,
  seedMix: number,
): QueuedMessage {
  const domain = pickDomain(random, rareTemplate !== null);
  const injectedSec = Math.floor(injectedAt);
  const suffix = (index * MSGUID_SPREAD + seedMix) % MSGUID_SUFFIXES;
  const [minSize, maxSize] = stream.sizeRange;
  const primaryMx = domain.mxHosts[random.chance(0.85) ? 0 : random.int(domain.mxHosts.length)];
  return {
    index,
    msguid: `${injectedSec}.${String(suffix).padStart(8, '0')}`,
    injectedAt,
    // GreenArrow picks a fresh message up within a few seconds of injection.
    firstAttemptAt: injectedAt + random.between(0.05, 4),
    stream,
    domain,
    email: `${localPart(random, domain.kind === 'corporate')}@${domain.name}`,
    sender: `b-${index.toString(36)}-${stream.listid}@${stream.bounceDomain}`,
    sendid: `${stream.listid}${dayLabel(injectedSec)}`,
    clickTrackingId: `${stream.listid}-msg-${index}`,
    size: minSize + random.int(maxSize - minSize),
    fate: fateFor(stream, random),
    rareTemplate,
    mx: primaryMx ?? null,
    attempts: 0,
  };
}
