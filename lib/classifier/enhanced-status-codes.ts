import type { Category } from './categories';

/** RFC 3463 classes: the first digit of an enhanced status code. */
export const ENHANCED_CLASSES = {
  '2': 'Success: the action worked.',
  '4': 'Persistent transient failure: it may work if the same thing is tried again later.',
  '5': 'Permanent failure: repeating the same request will not help.',
} as const;

export interface EnhancedCodeInfo {
  /** Subject and detail, written with an X for the class, e.g. "X.1.1". */
  code: string;
  meaning: string;
  category: Category | null;
}

type Row = readonly [code: string, meaning: string, category: Category | null];

// Codes from the IANA SMTP Enhanced Status Codes registry, explained in plain words.
const ROWS: readonly Row[] = [
  ['X.0.0', 'Something went wrong that fits no more precise code.', null],
  ['X.1.0', 'A problem with one of the addresses, not further specified.', null],
  ['X.1.1', 'The mailbox named by the recipient address does not exist.', 'invalid-recipient'],
  ['X.1.2', 'The domain part of the recipient address does not lead to a mail system.', 'dns'],
  ['X.1.3', 'The recipient address is not written correctly.', 'invalid-recipient'],
  ['X.1.4', 'The recipient address matches more than one mailbox.', 'invalid-recipient'],
  ['X.1.5', 'The recipient address is fine (used in success reports).', null],
  ['X.1.6', 'The mailbox has moved and no forwarding address is known.', 'invalid-recipient'],
  ['X.1.7', 'The sender address is not written correctly.', 'policy'],
  ['X.1.8', 'The domain part of the sender address is unusable.', 'policy'],
  ['X.1.9', 'The message was passed on to a system that may not send status reports.', null],
  ['X.1.10', 'The recipient domain publishes a null MX: it accepts no mail.', 'invalid-recipient'],
  ['X.2.0', 'A problem with the recipient mailbox, not further specified.', null],
  ['X.2.1', 'The mailbox is disabled and not taking mail.', 'invalid-recipient'],
  ['X.2.2', 'The mailbox is full.', 'mailbox-full'],
  ['X.2.3', 'The message is larger than this mailbox accepts.', 'message-too-large'],
  ['X.2.4', 'A mailing list could not be expanded to its members.', null],
  ['X.3.0', 'A problem with the receiving mail system, not further specified.', null],
  ['X.3.1', 'The receiving mail system has run out of storage.', null],
  ['X.3.2', 'The receiving system is not taking network mail at the moment.', 'connection'],
  ['X.3.3', 'The receiving system lacks a feature the message needs.', 'protocol'],
  ['X.3.4', 'The message is larger than the receiving system allows.', 'message-too-large'],
  ['X.3.5', 'The receiving system is set up wrongly.', null],
  ['X.3.6', 'The requested message priority was changed.', null],
  ['X.4.0', 'A network or routing problem, not further specified.', 'connection'],
  ['X.4.1', 'The receiving host did not answer.', 'connection'],
  ['X.4.2', 'The connection was lost or went bad.', 'connection'],
  ['X.4.3', 'A directory or DNS server failed while routing.', 'dns'],
  ['X.4.4', 'No route to a receiving system could be found.', 'dns'],
  ['X.4.5', 'The mail system is congested.', 'rate-limited'],
  ['X.4.6', 'The message is going round in a routing loop.', 'local-configuration'],
  ['X.4.7', 'The message ran out of time before it could be delivered.', 'expired'],
  ['X.5.0', 'An SMTP protocol problem, not further specified.', 'protocol'],
  ['X.5.1', 'A command was not valid in this context.', 'protocol'],
  ['X.5.2', 'A command could not be parsed.', 'protocol'],
  ['X.5.3', 'Too many recipients in one transaction.', 'rate-limited'],
  ['X.5.4', 'A command had invalid arguments.', 'protocol'],
  ['X.5.5', 'The two sides disagree on the protocol version.', 'protocol'],
  ['X.5.6', 'An SMTP AUTH exchange line was too long.', 'smtp-auth'],
  ['X.6.0', 'A problem with the message media or format, not further specified.', 'protocol'],
  ['X.6.1', 'The receiving side does not support this content type.', 'protocol'],
  ['X.6.2', 'The content would have to be converted, which is not allowed.', 'protocol'],
  ['X.6.3', 'The content would have to be converted, which is not possible.', 'protocol'],
  ['X.6.4', 'The content was converted and something was lost.', null],
  ['X.6.5', 'Converting the content failed.', 'protocol'],
  ['X.6.6', 'The referenced message content is no longer available.', 'protocol'],
  ['X.6.7', 'Non-ASCII addresses are not allowed for this sender or recipient.', 'protocol'],
  ['X.6.8', 'A UTF-8 reply is needed but the client cannot accept one.', 'protocol'],
  ['X.6.9', 'A message with UTF-8 headers cannot be passed on to this recipient.', 'protocol'],
  ['X.6.10', 'Obsolete duplicate of X.6.8 (UTF-8 reply not accepted).', 'protocol'],
  ['X.7.0', 'A security or policy problem, not further specified.', 'policy'],
  ['X.7.1', 'The receiver will not accept this delivery: refused by policy.', 'policy'],
  ['X.7.2', 'Expanding the mailing list is not allowed.', 'policy'],
  ['X.7.3', 'A security conversion was required and could not be done.', 'tls'],
  ['X.7.4', 'A security feature that was asked for is not supported.', 'tls'],
  ['X.7.5', 'A cryptographic operation failed.', 'tls'],
  ['X.7.6', 'The cryptographic algorithm is not supported.', 'tls'],
  ['X.7.7', 'The message failed an integrity check.', 'tls'],
  ['X.7.8', 'The SMTP AUTH credentials were not accepted.', 'smtp-auth'],
  ['X.7.9', 'The SMTP AUTH mechanism is considered too weak.', 'smtp-auth'],
  ['X.7.10', 'Encryption is needed before this can go ahead.', 'tls'],
  ['X.7.11', 'The chosen SMTP AUTH mechanism needs an encrypted connection.', 'tls'],
  ['X.7.12', 'The account must change its password before it can log in.', 'smtp-auth'],
  ['X.7.13', 'The user account is disabled.', 'invalid-recipient'],
  ['X.7.14', 'A trust relationship between the two systems is required.', 'policy'],
  ['X.7.15', 'The requested priority level is too low for this action.', 'policy'],
  ['X.7.16', 'The message is too big for its requested priority.', 'message-too-large'],
  ['X.7.17', 'The mailbox has a new owner since the given date.', 'invalid-recipient'],
  ['X.7.18', 'The domain has a new owner since the given date.', 'invalid-recipient'],
  ['X.7.19', 'The mailbox ownership test could not be completed.', 'policy'],
  ['X.7.20', 'No DKIM signature passed verification.', 'authentication'],
  ['X.7.21', 'No DKIM signature acceptable to the receiver was found.', 'authentication'],
  ['X.7.22', 'No valid DKIM signature matching the author domain was found.', 'authentication'],
  ['X.7.23', 'The SPF check failed.', 'authentication'],
  ['X.7.24', 'The SPF check could not be completed because of an error.', 'authentication'],
  ['X.7.25', 'The sending IP has no matching reverse DNS.', 'dns'],
  ['X.7.26', 'Several authentication checks failed together.', 'authentication'],
  [
    'X.7.27',
    'The sender domain publishes a null MX, so it cannot receive replies.',
    'authentication',
  ],
  ['X.7.28', 'A flood of similar mail was detected.', 'rate-limited'],
  ['X.7.29', 'ARC validation failed.', 'authentication'],
  ['X.7.30', 'The message requires TLS on every hop, which this path cannot offer.', 'tls'],
];

export const ENHANCED_STATUS_CODES: readonly EnhancedCodeInfo[] = ROWS.map(
  ([code, meaning, category]) => ({ code, meaning, category }),
);

const BY_CODE: ReadonlyMap<string, EnhancedCodeInfo> = new Map(
  ENHANCED_STATUS_CODES.map((info) => [info.code, info]),
);

/** Registry entry for a code like "5.1.1", or undefined when it is not registered. */
export function enhancedCodeInfo(code: string): EnhancedCodeInfo | undefined {
  const dot = code.indexOf('.');
  return dot < 0 ? undefined : BY_CODE.get(`X${code.slice(dot)}`);
}

export function enhancedClassMeaning(code: string): string | null {
  const first = code.charAt(0);
  return first === '2' || first === '4' || first === '5' ? ENHANCED_CLASSES[first] : null;
}
