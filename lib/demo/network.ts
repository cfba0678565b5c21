import { stableHash } from './random';

/** The only address ranges the demo may use: RFC 5737 (IPv4) and RFC 3849 (IPv6) documentation. */
const IPV4_DOCUMENTATION_PREFIXES = ['192.0.2.', '198.51.100.', '203.0.113.'] as const;

// Sending IPs live below .32 in each range, so a remote MX never shares an address with them.
const FIRST_REMOTE_HOST = 32;

export interface MxHost {
  hostname: string;
  ipv4: readonly string[];
  ipv6: string;
}

export function remoteIpv4(key: string): string {
  const hash = stableHash(key);
  const prefix = IPV4_DOCUMENTATION_PREFIXES[hash % IPV4_DOCUMENTATION_PREFIXES.length];
  return `${prefix}${FIRST_REMOTE_HOST + ((hash >>> 8) % (255 - FIRST_REMOTE_HOST))}`;
}

export function remoteIpv6(key: string): string {
  const hash = stableHash(key);
  return `2001:db8:${(hash & 0xfff).toString(16)}::${((hash >>> 12) & 0xff).toString(16)}`;
}

/** An MX host whose addresses depend only on its name, so every domain using it agrees. */
export function mxHost(hostname: string, withIpv6 = false): MxHost {
  return {
    hostname,
    ipv4: [remoteIpv4(`${hostname}#0`), remoteIpv4(`${hostname}#1`)],
    ipv6: withIpv6 ? remoteIpv6(hostname) : '',
  };
}
