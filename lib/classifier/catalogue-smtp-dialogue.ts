import type { CatalogueEntry } from './types';

/** Attempts that reached a remote server and went wrong during the SMTP dialogue. */
export const SMTP_DIALOGUE_ENTRIES: readonly CatalogueEntry[] = [
  {
    id: 'connection-died',
    statuses: ['deferral', 'failure', 'success'],
    template: 'Connected to {IP} but connection died. (#4.4.2)',
    group: 'basic-delivery',
    category: 'connection',
    whatHappened: 'The connection dropped part-way through the transaction.',
    whoseSide: 'network',
    whatToDo:
      'Normally transient. A pattern on one host suggests a flaky receiver or a ' +
      'middlebox cutting long sessions.',
    retryHelps: 'yes',
  },
  {
    id: 'connection-died-possible-duplicate',
    statuses: ['deferral', 'failure', 'success'],
    template: 'Connected to {IP} but connection died. Possible duplicate! (#4.4.2)',
    group: 'basic-delivery',
    category: 'connection',
    whatHappened:
      'The whole message was sent but the connection dropped before the receiver ' +
      'confirmed it, so it may already have been delivered.',
    whoseSide: 'network',
    whatToDo: 'A retry may give the recipient a second copy; worth watching if frequent.',
    retryHelps: 'maybe',
  },
  {
    id: 'greeting-failed',
    statuses: ['deferral', 'failure'],
    template: 'Connected to {IP} but greeting failed/Remote host said: {MESSAGE}',
    group: 'basic-delivery',
    category: null,
    whatHappened:
      'The receiver opened with something other than a ready banner, refusing ' +
      'the session before we said anything.',
    whoseSide: 'recipient-server',
    whatToDo: 'Read the reply: banner refusals are often IP blocks or overload.',
    retryHelps: 'maybe',
  },
  {
    id: 'helo-rejected',
    statuses: ['deferral'],
    template: 'Connected to {IP} but my name was rejected/Remote host said: {MESSAGE}',
    group: 'basic-delivery',
    category: null,
    whatHappened: 'The receiver did not accept the name we announced in HELO/EHLO.',
    whoseSide: 'our-configuration',
    whatToDo: 'Check the HELO hostname resolves and matches the sending IP\u2019s reverse DNS.',
    retryHelps: 'maybe',
  },
  {
    id: 'sender-rejected',
    statuses: ['deferral', 'failure'],
    template: 'Connected to {IP} but sender was rejected./Remote host said: {MESSAGE}',
    group: 'basic-delivery',
    category: null,
    whatHappened: 'The receiver refused the envelope sender (MAIL FROM).',
    whoseSide: 'our-configuration',
    whatToDo: 'Check the bounce domain\u2019s DNS, SPF and reputation; the reply says which.',
    retryHelps: 'maybe',
  },
  {
    id: 'recipient-rejected',
    statuses: ['deferral', 'failure'],
    template: '{IP} does not like recipient./Remote host said: {MESSAGE}/Giving up on {IP}',
    group: 'basic-delivery',
    category: null,
    whatHappened: 'The receiver refused the recipient at the RCPT TO step.',
    whoseSide: 'recipient-server',
    whatToDo: 'The reply decides it: unknown users should be suppressed, blocks investigated.',
    retryHelps: 'maybe',
  },
  {
    id: 'data-rejected',
    statuses: ['deferral', 'failure'],
    template: '{IP} failed on DATA command./Remote host said: {MESSAGE}',
    group: 'basic-delivery',
    category: null,
    whatHappened: 'The receiver refused to start the message body transfer.',
    whoseSide: 'recipient-server',
    whatToDo: 'Read the reply; this step is often used for reputation or rate decisions.',
    retryHelps: 'maybe',
  },
  {
    id: 'message-rejected-after-data',
    statuses: ['deferral', 'failure'],
    template: '{IP} failed after I sent message./Remote host said: {MESSAGE}',
    group: 'basic-delivery',
    category: null,
    whatHappened: 'The receiver read the complete message and then refused it.',
    whoseSide: 'recipient-server',
    whatToDo: 'Usually a content, authentication or size verdict; see the reply.',
    retryHelps: 'maybe',
  },
];
