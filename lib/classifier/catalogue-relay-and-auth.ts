import type { CatalogueEntry } from './types';

const AUTH_CHECK =
  'Check the SMTP AUTH username and password configured for this relay, and ' +
  'that the account is allowed to send.';

function settingEntry(id: string, template: string, whatHappened: string): CatalogueEntry {
  return {
    id,
    statuses: ['deferral'],
    template,
    group: 'basic-delivery',
    category: 'local-configuration',
    whatHappened,
    whoseSide: 'our-configuration',
    whatToDo:
      'Correct the VirtualMTA, relay server or proxy settings; retries will keep ' +
      'failing until then.',
    retryHelps: 'no',
  };
}

function authEntry(id: string, template: string, whatHappened: string): CatalogueEntry {
  return {
    id,
    statuses: ['deferral'],
    template,
    group: 'smtp-auth',
    category: 'smtp-auth',
    whatHappened,
    whoseSide: 'our-configuration',
    whatToDo: AUTH_CHECK,
    retryHelps: 'no',
  };
}

/** Bad sending settings and SMTP AUTH failures towards relay servers. */
export const RELAY_AND_AUTH_ENTRIES: readonly CatalogueEntry[] = [
  settingEntry(
    'outgoing-ip-not-ipv4',
    'Sorry, the specified outgoing IP is not an IPv4 address. (#4.3.0)',
    'The outgoing IP in the sending settings is not a usable IPv4 address.',
  ),
  settingEntry(
    'relay-server-ip-invalid',
    'Sorry, the specified Relay Server IP is not an IPv4 address nor a domain name. (#4.3.0)',
    'The relay server address is neither an IPv4 address nor a host name.',
  ),
  settingEntry(
    'relay-server-no-ips',
    'Sorry, the specified Relay Server IP is a domain name with no IPs found. (#4.3.0)',
    'The relay server host name resolves to no IPv4 address.',
  ),
  settingEntry(
    'destination-port-invalid',
    'Sorry, the specified destination port is not a valid port number. (#4.3.0)',
    'The configured destination port is out of range or not a number.',
  ),
  {
    ...settingEntry(
      'proxy-unreachable',
      'Connection to proxy server cannot be established. (#4.4.1)',
      'None of the proxies configured for the sending IP answered, so the real destination ' +
        'was never tried.',
    ),
    category: 'connection',
    whoseSide: 'network',
    whatToDo: 'Check that the proxy servers are up and reachable from this host.',
    retryHelps: 'yes',
  },
  authEntry(
    'auth-no-supported-method',
    'Connected to {IP} but no authentication method was offered that I support/' +
      'Remote host said: {MESSAGE}',
    'Login to the relay is configured, but it offered neither PLAIN nor LOGIN.',
  ),
  authEntry(
    'auth-plain-rejected',
    'Connected to {IP} but authentication was rejected (AUTH PLAIN)./Remote host said: {MESSAGE}',
    'The relay refused our credentials sent with the PLAIN mechanism.',
  ),
  authEntry(
    'auth-plain-credentials-rejected',
    'Connected to {IP} but authentication was rejected (plain)./Remote host said: {MESSAGE}',
    'The relay refused the username and password during a LOGIN exchange.',
  ),
  authEntry(
    'auth-login-rejected',
    'Connected to {IP} but authentication was rejected (AUTH LOGIN)./Remote host said: {MESSAGE}',
    'The relay advertised LOGIN but refused our attempt to use it.',
  ),
  authEntry(
    'auth-username-rejected',
    'Connected to {IP} but authentication was rejected (username)./Remote host said: {MESSAGE}',
    'The relay refused the username during a LOGIN exchange.',
  ),
  authEntry(
    'auth-password-rejected',
    'Connected to {IP} but authentication was rejected (password)/Remote host said: {MESSAGE}',
    'The relay refused the password during a LOGIN exchange; many servers only check the ' +
      'username at this point too, so either may be wrong.',
  ),
];
