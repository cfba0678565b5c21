import type { CatalogueEntry } from './types';

/** Acceptance, GreenArrow's own throttle, and failures before any SMTP dialogue. */
export const CONNECTION_ENTRIES: readonly CatalogueEntry[] = [
  {
    id: 'remote-accepted',
    statuses: ['success'],
    template: '{IP} accepted message./Remote host said: {MESSAGE}',
    group: 'acceptance',
    category: 'accepted',
    whatHappened: 'The receiving server took responsibility for the message after the data phase.',
    whoseSide: 'none',
    whatToDo: 'Nothing. Later bounces or spam-folder placement are separate signals.',
    retryHelps: 'no',
  },
  {
    id: 'connection-backlog-used-up',
    statuses: ['connmaxout'],
    template: 'All connection backlog slots used up for this domain.',
    group: 'basic-delivery',
    category: 'throttled',
    whatHappened:
      'GreenArrow held the message back because its own connection limit for the ' +
      'destination was already reached; no remote server was contacted.',
    whoseSide: 'our-configuration',
    whatToDo:
      'Expected under load. If it persists, review the throttle and connection ' +
      'limits for the domain or spread the send over time.',
    retryHelps: 'yes',
  },
  {
    id: 'no-host-named',
    statuses: ['failure'],
    template: 'Sorry, I couldn’t find any host named {HOSTNAME}. (#5.1.2)',
    group: 'basic-delivery',
    category: 'dns',
    whatHappened: 'DNS says the recipient domain (or relay host) has neither MX nor A records.',
    whoseSide: 'recipient-address',
    whatToDo: 'Treat the address as undeliverable; check for typos in the domain.',
    retryHelps: 'no',
  },
  {
    id: 'no-mx-records-prohibited',
    statuses: ['failure'],
    template:
      'Sorry, the host named {HOSTNAME} does not have any MX records, and delivery without MX ' +
      'records prohibited by local policy. (#5.1.0)',
    group: 'basic-delivery',
    category: 'dns',
    whatHappened:
      'The domain publishes no MX record and our configuration refuses to fall ' +
      'back to its A record.',
    whoseSide: 'recipient-address',
    whatToDo:
      'Usually a dead or parked domain; suppress it. Relax the no-MX bounce ' +
      'setting only if such domains must be reached.',
    retryHelps: 'no',
  },
  {
    id: 'no-mail-exchanger',
    statuses: ['failure'],
    template: 'Sorry, I couldn’t find a mail exchanger or IP address. (#5.4.4)',
    group: 'basic-delivery',
    category: 'dns',
    whatHappened: 'The MX/A lookup failed permanently, so there was nowhere to deliver to.',
    whoseSide: 'dns',
    whatToDo: 'Check the recipient domain in DNS; if it is really broken, suppress the address.',
    retryHelps: 'no',
  },
  {
    id: 'host-lookup-temporary',
    statuses: ['deferral'],
    template: 'Sorry, I couldn’t find any host by that name. (#4.1.2)',
    group: 'basic-delivery',
    category: 'dns',
    whatHappened: 'The MX/A lookup failed for now, or every MX record held an unusable name.',
    whoseSide: 'dns',
    whatToDo: 'Let it retry. If many domains show it, check our resolvers.',
    retryHelps: 'yes',
  },
  {
    id: 'mx-points-to-self',
    statuses: ['failure'],
    template:
      'Sorry. Although I’m listed as a best-preference MX or A for that host,/it isn’t in my ' +
      'control/locals file, so I don’t treat it as local. (#5.4.6)',
    group: 'basic-delivery',
    category: 'local-configuration',
    whatHappened:
      'Every mail exchanger for the domain resolves to this server itself, and ' +
      'delivering there would loop.',
    whoseSide: 'our-configuration',
    whatToDo:
      'Either the domain should be configured as local here, or its MX records ' +
      'point at us by mistake.',
    retryHelps: 'no',
  },
  {
    id: 'bind-outgoing-ip-failed',
    statuses: ['deferral'],
    template: 'Sorry, I wasn’t able to bind to the outgoing IP address. (#4.4.1)',
    group: 'basic-delivery',
    category: 'local-configuration',
    whatHappened:
      'The sending IP chosen by the VirtualMTA or relay settings could not be used ' +
      'on this machine.',
    whoseSide: 'our-configuration',
    whatToDo: 'Make sure the IP is configured on the server\u2019s network interfaces.',
    retryHelps: 'maybe',
  },
  {
    id: 'smtp-connection-failed',
    statuses: ['deferral'],
    template: 'Sorry, I wasn’t able to establish an SMTP connection. (#4.4.1)',
    group: 'basic-delivery',
    category: 'connection',
    whatHappened:
      'No TCP connection to the receiving server could be opened, or GreenArrow ' +
      'skipped it because the host failed recently.',
    whoseSide: 'network',
    whatToDo:
      'Usually clears on its own. If one domain is stuck, test port 25 from the ' +
      'sending IP; a proxy setup changes what this means.',
    retryHelps: 'yes',
  },
  {
    id: 'partial-final-line',
    statuses: ['failure'],
    template: 'SMTP cannot transfer messages with partial final lines. (#5.6.2)',
    group: 'basic-delivery',
    category: 'protocol',
    whatHappened:
      'The message body does not end with a line break, which SMTP cannot carry ' + 'unchanged.',
    whoseSide: 'message-content',
    whatToDo: 'Fix the injecting application so every message ends with a newline.',
    retryHelps: 'no',
  },
  {
    id: 'address-missing-host',
    statuses: ['failure'],
    template: 'Sorry, address must include host name. (#5.1.3)',
    group: 'basic-delivery',
    category: 'invalid-recipient',
    whatHappened: 'The recipient address has no domain part, so nothing was attempted.',
    whoseSide: 'recipient-address',
    whatToDo: 'Clean the list: the address is malformed.',
    retryHelps: 'no',
  },
];
