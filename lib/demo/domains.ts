import { LOCAL_DOMAIN, TYPO_DOMAINS, organisationDomains } from './domain-names';
import { mxHost, type MxHost } from './network';
import {
  CONSUMER_MX,
  PROVIDERS,
  WORKSPACE_MX,
  type Provider,
  type ProviderName,
} from './providers';
import { Random, WeightedPicker, stableHash } from './random';

export type DomainKind = 'consumer' | 'corporate' | 'small' | 'typo' | 'local';

export interface RecipientDomain {
  name: string;
  kind: DomainKind;
  provider: Provider;
  mxHosts: readonly MxHost[];
  /** GreenArrow throttling rule id, blank for the default rule. */
  throttleId: string;
  greylisting: boolean;
}

// Rough share of a consumer list in Europe and North America, in percent.
const CONSUMER_SHARE: readonly (readonly [string, ProviderName, number, string])[] = [
  ['gmail.com', 'google', 30, '14'],
  ['googlemail.com', 'google', 0.8, '14'],
  ['yahoo.com', 'yahoo', 8, '15'],
  ['ymail.com', 'yahoo', 0.4, '15'],
  ['aol.com', 'yahoo', 2.5, '15'],
  ['hotmail.com', 'microsoft', 7, '16'],
  ['outlook.com', 'microsoft', 4, '16'],
  ['live.com', 'microsoft', 1.5, '16'],
  ['msn.com', 'microsoft', 0.5, '16'],
  ['icloud.com', 'apple', 4, '17'],
  ['me.com', 'apple', 0.9, '17'],
  ['mac.com', 'apple', 0.3, '17'],
  ['comcast.net', 'comcast', 1.5, ''],
  ['gmx.de', 'united-internet', 1.8, '18'],
  ['gmx.net', 'united-internet', 0.4, '18'],
  ['web.de', 'united-internet', 1.6, '18'],
  ['orange.fr', 'orange', 1.3, ''],
];

const CORPORATE_SHARE = 18;
const SMALL_SHARE = 11;

const GATEWAY_MIX: readonly (readonly [ProviderName | 'workspace', number])[] = [
  ['exchange-online', 45],
  ['workspace', 15],
  ['mimecast', 12],
  ['proofpoint', 12],
  ['barracuda', 8],
  ['cisco', 8],
];

function corporateMx(gateway: ProviderName | 'workspace', domain: string): readonly MxHost[] {
  const label = domain.split('.')[0] ?? domain;
  const tenant = String(stableHash(domain) % 1_000_000).padStart(6, '0');
  switch (gateway) {
    case 'exchange-online':
      return [mxHost(`${domain.replace(/\./g, '-')}.mail.protection.outlook.com`, true)];
    case 'workspace':
      return WORKSPACE_MX;
    case 'mimecast': {
      const region = /\.(de|fr|nl|co\.uk)$/.test(domain) ? 'eu' : 'us';
      return [1, 2].map((n) => mxHost(`${region}-smtp-inbound-${n}.mimecast.com`));
    }
    case 'proofpoint':
      return ['a', 'b'].map((n) => mxHost(`mx0${n}-00${tenant}.pphosted.com`));
    case 'barracuda':
      return ['a', 'b'].map((n) => mxHost(`d${tenant}${n}.ess.barracudanetworks.com`));
    default:
      return [1, 2].map((n) => mxHost(`esa${n}.${label}.iphmx.com`));
  }
}

function corporateDomains(random: Random): RecipientDomain[] {
  const gateways = new WeightedPicker(GATEWAY_MIX);
  return organisationDomains(140, true, 0xc0ffee).map((name) => {
    const gateway = gateways.pick(random);
    const provider = PROVIDERS[gateway === 'workspace' ? 'google' : gateway];
    const mxHosts = corporateMx(gateway, name);
    return { name, kind: 'corporate', provider, mxHosts, throttleId: '', greylisting: false };
  });
}

function smallDomains(random: Random): RecipientDomain[] {
  return organisationDomains(320, false, 0x5eed).map((name) => ({
    name,
    kind: 'small',
    provider: PROVIDERS['self-hosted'],
    mxHosts: random.chance(0.3)
      ? [mxHost(`mail.${name}`), mxHost(`mx2.${name}`)]
      : [mxHost(`mx.${name}`)],
    throttleId: '',
    greylisting: random.chance(0.15),
  }));
}

function consumerDomains(): RecipientDomain[] {
  return CONSUMER_SHARE.map(([name, providerName, , throttleId]) => ({
    name,
    kind: 'consumer',
    provider: PROVIDERS[providerName],
    mxHosts: CONSUMER_MX[name] ?? [],
    throttleId,
    greylisting: false,
  }));
}

function unreachableDomain(name: string, kind: 'typo' | 'local'): RecipientDomain {
  const provider = PROVIDERS['self-hosted'];
  return { name, kind, provider, mxHosts: [], throttleId: '', greylisting: false };
}

interface DomainUniverse {
  picker: WeightedPicker<RecipientDomain>;
  busiestSmallDomain: string;
}

function buildUniverse(): DomainUniverse {
  // Fixed seed: the same domains, gateways and greylisting whatever the demo seed.
  const random = new Random(0xd0a1);
  const weighted: (readonly [RecipientDomain, number])[] = [];
  consumerDomains().forEach((domain, index) => {
    weighted.push([domain, CONSUMER_SHARE[index]?.[2] ?? 0]);
  });
  const corporate = corporateDomains(random);
  corporate.forEach((domain) => weighted.push([domain, CORPORATE_SHARE / corporate.length]));
  // Zipf-like long tail: a handful of small domains carry most of the small-domain mail.
  const small = smallDomains(random);
  const zipf = small.map((_, rank) => 1 / (rank + 1) ** 0.6);
  const zipfTotal = zipf.reduce((sum, weight) => sum + weight, 0);
  small.forEach((domain, rank) =>
    weighted.push([domain, (SMALL_SHARE * (zipf[rank] ?? 0)) / zipfTotal]),
  );
  TYPO_DOMAINS.forEach((name) => weighted.push([unreachableDomain(name, 'typo'), 0.06]));
  weighted.push([unreachableDomain(LOCAL_DOMAIN, 'local'), 0.3]);
  return { picker: new WeightedPicker(weighted), busiestSmallDomain: small[0]?.name ?? '' };
}

const UNIVERSE = buildUniverse();

export const RECIPIENT_DOMAINS = UNIVERSE.picker;

/** The small domain with the most mail, where an outage shows up clearly in the charts. */
export const BUSIEST_SMALL_DOMAIN = UNIVERSE.busiestSmallDomain;
