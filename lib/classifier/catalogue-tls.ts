import type { CatalogueEntry } from './types';

const TLS_DROP_ADVICE =
  'Often a cipher or protocol mismatch with that host; if it keeps ' +
  'happening, compare our TLS settings with what the receiver supports.';

/** Failures while encrypting the session (STARTTLS or implicit SMTPS). */
export const TLS_ENTRIES: readonly CatalogueEntry[] = [
  {
    id: 'connection-died-tls-error',
    statuses: ['deferral', 'failure', 'success'],
    template: 'Connected to {IP} but connection died due to a TLS error. (#4.4.2)',
    group: 'basic-delivery',
    category: 'tls',
    whatHappened: 'A TLS error tore down the connection while the message was being sent.',
    whoseSide: 'network',
    whatToDo: TLS_DROP_ADVICE,
    retryHelps: 'yes',
  },
  {
    id: 'connection-died-tls-error-possible-duplicate',
    statuses: ['deferral', 'failure', 'success'],
    template:
      'Connected to {IP} but connection died due to a TLS error. Possible duplicate! (#4.4.2)',
    group: 'basic-delivery',
    category: 'tls',
    whatHappened:
      'A TLS error ended the connection after the full message went out but before ' +
      'the receiver answered, so it may have been delivered already.',
    whoseSide: 'network',
    whatToDo: 'A retry may create a duplicate; investigate if it recurs on one host.',
    retryHelps: 'maybe',
  },
  {
    id: 'starttls-connection-died',
    statuses: ['deferral'],
    template: 'Connected to {IP} but the connection died while negotiating STARTTLS TLS. (#4.4.2)',
    group: 'basic-delivery',
    category: 'tls',
    whatHappened: 'The connection dropped during the STARTTLS handshake.',
    whoseSide: 'network',
    whatToDo: TLS_DROP_ADVICE,
    retryHelps: 'yes',
  },
  {
    id: 'starttls-negotiation-failed',
    statuses: ['deferral'],
    template: 'Connected to {IP} but STARTTLS TLS negotiation failed. (#4.4.2)',
    group: 'basic-delivery',
    category: 'tls',
    whatHappened: 'The receiver offered STARTTLS but the handshake that followed failed.',
    whoseSide: 'network',
    whatToDo: TLS_DROP_ADVICE,
    retryHelps: 'maybe',
  },
  {
    id: 'smtps-tls-negotiation-failed',
    statuses: ['deferral'],
    template: 'Connected to {IP} but SMTPS TLS negotiation failed. (#4.4.1)',
    group: 'basic-delivery',
    category: 'tls',
    whatHappened: 'The implicit-TLS (SMTPS) handshake failed right after connecting.',
    whoseSide: 'network',
    whatToDo: 'Check that the port really speaks SMTPS and that our TLS settings fit.',
    retryHelps: 'maybe',
  },
  {
    id: 'tls-negotiation-failed',
    statuses: ['deferral'],
    template: 'Connected to {IP} but the TLS negotiation failed. (#4.4.2)',
    group: 'basic-delivery',
    category: 'tls',
    whatHappened: 'The TLS handshake started but did not complete.',
    whoseSide: 'network',
    whatToDo: TLS_DROP_ADVICE,
    retryHelps: 'maybe',
  },
  {
    id: 'tls-connection-died',
    statuses: ['deferral'],
    template: 'Connected to {IP} but the connection died while negotiating TLS. (#4.4.2)',
    group: 'basic-delivery',
    category: 'tls',
    whatHappened: 'The connection was lost in the middle of the TLS handshake.',
    whoseSide: 'network',
    whatToDo: TLS_DROP_ADVICE,
    retryHelps: 'yes',
  },
  {
    id: 'smtps-negotiation-failed',
    statuses: ['deferral'],
    template: 'Connected to {IP} but SMTPS negotiation failed. (#4.4.1)',
    group: 'basic-delivery',
    category: 'tls',
    whatHappened: 'Setting up the SMTPS session did not complete.',
    whoseSide: 'network',
    whatToDo: 'Confirm the relay port expects implicit TLS and accepts our protocol versions.',
    retryHelps: 'maybe',
  },
  {
    id: 'starttls-unavailable',
    statuses: ['deferral', 'failure', 'success'],
    template:
      'Connected to {IP} but STARTTLS is not available, delivery attempt not made. (#5.7.10)',
    group: 'basic-delivery',
    category: 'tls',
    whatHappened:
      'Our settings demand encryption but the receiver did not offer STARTTLS, so ' +
      'nothing was sent.',
    whoseSide: 'our-configuration',
    whatToDo: 'Relax the TLS requirement for that destination or ask its operator to enable TLS.',
    retryHelps: 'no',
  },
];
