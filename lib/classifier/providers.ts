import { GMX_PROVIDER } from './rules-europe';

interface ProviderSignature {
  name: string;
  /** Host name suffixes of the provider's MX hosts. */
  mxSuffixes: readonly string[];
  /** Lower-case words in replies that only this provider uses. */
  replyMarkers: readonly string[];
  /** Recipient domains hosted by the provider (exact or as a prefix like "yahoo."). */
  domains: readonly string[];
}

const SIGNATURES: readonly ProviderSignature[] = [
  {
    name: 'Gmail',
    mxSuffixes: ['google.com', 'googlemail.com'],
    replyMarkers: ['gsmtp', 'support.google.com'],
    domains: ['gmail.com', 'googlemail.com'],
  },
  {
    name: 'Microsoft',
    mxSuffixes: ['protection.outlook.com', 'outlook.com', 'hotmail.com'],
    replyMarkers: ['outlook.com', 'hotmail', 'microsoft', 'exchangelabs', 'office365'],
    domains: ['outlook.', 'hotmail.', 'live.', 'msn.com', 'windowslive.com'],
  },
  {
    name: 'Yahoo',
    mxSuffixes: ['yahoodns.net', 'yahoo.com', 'aol.com'],
    replyMarkers: ['yahoo', 'aol.com'],
    domains: ['yahoo.', 'ymail.com', 'rocketmail.com', 'aol.'],
  },
  {
    name: 'Apple',
    mxSuffixes: ['icloud.com', 'mail.apple.com', 'me.com'],
    replyMarkers: ['icloud', 'apple.com'],
    domains: ['icloud.com', 'me.com', 'mac.com'],
  },
  {
    name: 'Comcast',
    mxSuffixes: ['comcast.net'],
    replyMarkers: ['comcast'],
    domains: ['comcast.net'],
  },
  {
    name: GMX_PROVIDER,
    mxSuffixes: ['gmx.net', 'gmx.com', 'web.de', 'kundenserver.de', 'ionos.com', 'ionos.de'],
    replyMarkers: ['gmx', 'web.de', 'ionos', 'kundenserver', '1und1'],
    domains: ['gmx.', 'web.de', 'mail.com'],
  },
  {
    name: 'Orange',
    mxSuffixes: ['orange.fr', 'wanadoo.fr'],
    replyMarkers: ['orange.fr', 'wanadoo', 'ofr_', 'ofr0'],
    domains: ['orange.fr', 'wanadoo.fr'],
  },
  {
    name: 'Mimecast',
    mxSuffixes: ['mimecast.com', 'mimecast.co.za', 'mimecast-offshore.com'],
    replyMarkers: ['mimecast'],
    domains: [],
  },
  {
    name: 'Proofpoint',
    mxSuffixes: ['pphosted.com', 'ppe-hosted.com'],
    replyMarkers: ['proofpoint', 'pphosted'],
    domains: [],
  },
  { name: 'Barracuda', mxSuffixes: ['barracudanetworks.com'], replyMarkers: [], domains: [] },
  { name: 'Cisco', mxSuffixes: ['iphmx.com'], replyMarkers: ['ironport', 'iphmx'], domains: [] },
];

function trimHost(host: string): string {
  const lower = host.trim().toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

export function providerFromMx(mxHostname: string | null | undefined): string | null {
  if (typeof mxHostname !== 'string' || mxHostname === '') return null;
  const host = trimHost(mxHostname);
  const found = SIGNATURES.find((s) =>
    s.mxSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`)),
  );
  return found?.name ?? null;
}

export function providerFromDomain(domain: string | null | undefined): string | null {
  if (typeof domain !== 'string' || domain === '') return null;
  const host = trimHost(domain);
  const found = SIGNATURES.find((s) =>
    s.domains.some((d) => (d.endsWith('.') ? host.startsWith(d) : host === d)),
  );
  return found?.name ?? null;
}

export function providerFromReply(lowerReply: string): string | null {
  const found = SIGNATURES.find((s) => s.replyMarkers.some((m) => lowerReply.includes(m)));
  return found?.name ?? null;
}
