import type { TemplateRole } from './attempt-templates';
import { BUSIEST_SMALL_DOMAIN, type RecipientDomain } from './domains';
import type { ProviderName } from './providers';
import type { Random } from './random';
import type { ReplyKind } from './reply-kinds';

/** A stretch of time when one provider (or domain) treats some of our mail badly. */
export interface Episode {
  providers: readonly ProviderName[];
  domainName: string | null;
  sendingIp: string | null;
  from: number;
  to: number;
  intensity: number;
  /** Reply the remote side gives; null when no connection could be made at all. */
  replyKind: ReplyKind | null;
  role: TemplateRole;
}

interface EpisodeShape extends Omit<Episode, 'from' | 'to'> {
  /** Where in the window it starts, as a fraction, and its usual length in hours. */
  at: number;
  hours: number;
}

const HOUR = 3600;

const SHAPES: readonly EpisodeShape[] = [
  {
    providers: ['google'],
    domainName: null,
    sendingIp: '203.0.113.10',
    at: 0.2,
    hours: 6,
    intensity: 0.6,
    replyKind: 'rateLimit',
    role: 'afterData',
  },
  {
    providers: ['yahoo'],
    domainName: null,
    sendingIp: null,
    at: 0.35,
    hours: 6,
    intensity: 0.8,
    replyKind: 'rateLimit',
    role: 'greetingFailed',
  },
  {
    providers: ['microsoft'],
    domainName: null,
    sendingIp: '198.51.100.7',
    at: 0.5,
    hours: 3,
    intensity: 0.5,
    replyKind: 'reputation',
    role: 'recipientRejected',
  },
  {
    providers: ['microsoft'],
    domainName: null,
    sendingIp: '198.51.100.7',
    at: 0.56,
    // Long enough to span a daily campaign burst, so the block is plain in the charts.
    hours: 20,
    intensity: 0.85,
    replyKind: 'block',
    role: 'recipientRejected',
  },
  {
    providers: ['self-hosted', 'proofpoint', 'barracuda', 'comcast'],
    domainName: null,
    sendingIp: '192.0.2.10',
    at: 0.7,
    hours: 6,
    intensity: 0.9,
    replyKind: 'listed',
    role: 'recipientRejected',
  },
  {
    providers: [],
    domainName: BUSIEST_SMALL_DOMAIN,
    sendingIp: null,
    at: 0.8,
    hours: 5,
    intensity: 1,
    replyKind: null,
    role: 'connectFailed',
  },
];

/** Places the episodes in the window; short windows get proportionally shorter episodes. */
export function planEpisodes(startSec: number, endSec: number, random: Random): Episode[] {
  const span = endSec - startSec;
  return SHAPES.map(({ at, hours, ...shape }) => {
    const from = startSec + span * (at + random.between(-0.03, 0.03));
    const length = Math.min(hours * HOUR, span * 0.3) * random.between(0.8, 1.2);
    return { ...shape, from, to: from + length };
  });
}

export function activeEpisode(
  episodes: readonly Episode[],
  domain: RecipientDomain,
  sendingIp: string,
  time: number,
): Episode | null {
  for (const episode of episodes) {
    if (time < episode.from || time >= episode.to) continue;
    if (episode.sendingIp !== null && episode.sendingIp !== sendingIp) continue;
    const matchesDomain =
      episode.domainName === domain.name || episode.providers.includes(domain.provider.name);
    if (matchesDomain) return episode;
  }
  return null;
}
