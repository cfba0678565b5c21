import { CATALOGUE, type CatalogueEntry } from '@/lib/classifier/catalogue';
import { generateDeliveryAttempts, type DeliveryAttemptEvent, type DemoOptions } from '@/lib/demo';

export const THREE_DAYS: DemoOptions = {
  seed: 11,
  start: new Date('2024-03-04T00:00:00Z'),
  end: new Date('2024-03-07T00:00:00Z'),
  messages: 20_000,
};

let cached: DeliveryAttemptEvent[] | null = null;

/** One generated demo shared by the tests, since building it is the slow part. */
export function threeDayDemo(): DeliveryAttemptEvent[] {
  cached ??= generateDeliveryAttempts(THREE_DAYS);
  return cached;
}

function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = escaped
    .replace(/\\\{IP\\\}/g, '[0-9a-f.:]+')
    .replace(/\\\{HOSTNAME\\\}/g, '\\S+')
    .replace(/\\\{MESSAGE\\\}/g, '[\\s\\S]+')
    .replace(/\\\{ERROR\\\}/g, '.+');
  return new RegExp(`^${source}$`);
}

const PATTERNS = CATALOGUE.map((entry) => ({ entry, pattern: templatePattern(entry.template) }));

/** Catalogue entries whose template the message text fits; the test expects exactly one. */
export function matchingEntries(message: string): CatalogueEntry[] {
  return PATTERNS.filter(({ pattern }) => pattern.test(message)).map(({ entry }) => entry);
}

const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
const DOCUMENTATION_IPV4 = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

export function isDocumentationIp(ip: string): boolean {
  if (ip.includes(':')) return /^2001:db8:[0-9a-f:]*$/i.test(ip);
  return DOCUMENTATION_IPV4.test(ip);
}

export function ipv4Mentions(text: string): string[] {
  return text.match(IPV4) ?? [];
}
