import type { CatalogueEntry } from './types';

const QUEUE_ADVICE =
  'Look for disk, filesystem or queue corruption on the GreenArrow server ' +
  'and check its logs; the recipient is not the problem.';

function queueEntry(id: string, template: string, whatHappened: string): CatalogueEntry {
  return {
    id,
    statuses: ['deferral'],
    template,
    group: 'internal',
    category: 'internal',
    whatHappened,
    whoseSide: 'greenarrow-internal',
    whatToDo: QUEUE_ADVICE,
    retryHelps: 'maybe',
  };
}

/** Delivery overrides, GreenArrow's own internal errors and expiry. */
export const INTERNAL_ENTRIES: readonly CatalogueEntry[] = [
  {
    id: 'delivery-prevented-by-configuration',
    statuses: ['deferral', 'failure'],
    template: 'Delivery attempt prevented by local configuration. (#5.7.1)',
    group: 'delivery-override',
    category: 'local-configuration',
    whatHappened: 'A delivery override stopped the attempt before any connection was made.',
    whoseSide: 'our-configuration',
    whatToDo: 'Review the delivery overrides if this mail was meant to go out.',
    retryHelps: 'no',
  },
  {
    id: 'discarded-by-configuration',
    statuses: ['success'],
    template: 'This message was discarded by local configuration. (#2.7.1)',
    group: 'delivery-override',
    category: 'local-configuration',
    whatHappened:
      'A delivery override dropped the message on purpose; it counts as done but ' +
      'never reached anyone.',
    whoseSide: 'our-configuration',
    whatToDo: 'Nothing if intended; otherwise remove the discarding override.',
    retryHelps: 'no',
  },
  queueEntry(
    'unable-to-read-message',
    'Unable to read message. (#4.3.0)',
    'GreenArrow could not read the queued message back from disk.',
  ),
  queueEntry(
    'multiqueue-early-eof',
    'Internal error: found EOF early on multiqueue message. (#4.3.0)',
    'A queue file ended sooner than its own structure said it would.',
  ),
  queueEntry(
    'multiqueue-invalid-header',
    'Internal error: invalid format on multiqueue header. (#4.3.0)',
    'A queue file header could not be understood.',
  ),
  queueEntry(
    'multiqueue-seek-failed',
    'Internal error: unable to seek to multiqueue message. (#4.3.0)',
    'GreenArrow could not jump to the message inside a queue file.',
  ),
  queueEntry(
    'environment-pos-unparseable',
    'Internal error: unable to parse pos from environment variable. (#4.3.0)',
    'An internal position value handed between GreenArrow processes was unreadable.',
  ),
  {
    ...queueEntry(
      'test-temporary-failure',
      'Test temporary failure.',
      'A deliberate test deferral produced by GreenArrow, not a real delivery problem.',
    ),
    whatToDo: 'Ignore unless it shows up outside testing.',
    retryHelps: 'yes',
  },
  {
    ...queueEntry(
      'system-shutting-down',
      'Internal error: System is shutting down',
      'GreenArrow was stopping, so it deferred attempts already scheduled to empty its ' +
        'queue quickly.',
    ),
    whatToDo: 'Nothing; the messages are retried once GreenArrow runs again.',
    retryHelps: 'yes',
  },
  {
    ...queueEntry(
      'test-failure',
      'Test failure.',
      'A deliberate test failure produced by GreenArrow, not a real delivery problem.',
    ),
    statuses: ['failure'],
    whatToDo: 'Ignore unless it shows up outside testing.',
    retryHelps: 'no',
  },
  {
    ...queueEntry(
      'helo-host-blank',
      'Internal error: helo host cannot be blank (#4.3.0)',
      'No HELO hostname is configured for the sending IP, so no connection was opened.',
    ),
    category: 'local-configuration',
    whoseSide: 'our-configuration',
    whatToDo: 'Set a HELO hostname for the VirtualMTA.',
    retryHelps: 'no',
  },
  {
    ...queueEntry(
      'message-modification-failed',
      'Internal error: Attempt to modify message failed. (#4.3.0)/{ERROR}',
      'Rewriting the message (content domain replacement) failed before sending.',
    ),
    whatToDo: 'Read the error detail and the rspawn-limiter logs on the GreenArrow server.',
  },
  {
    id: 'message-expired',
    statuses: ['failure', 'failure_toolong'],
    template: 'Message expired. (#5.4.7)',
    group: 'expiration',
    category: 'expired',
    whatHappened:
      'The message passed its queue lifetime when an attempt was about to start, ' +
      'so GreenArrow gave up without trying.',
    whoseSide: 'greenarrow-internal',
    whatToDo:
      'Find out why it sat in the queue so long, for example earlier deferrals or a ' +
      'stuck batch.',
    retryHelps: 'no',
  },
];
