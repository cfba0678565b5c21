import type { Category } from './categories';
import type { ProviderRule } from './rule-types';
import type { Explanation } from './types';

function generic(
  id: string,
  category: Category,
  anyText: readonly string[],
  explanation: Explanation,
  replyClass?: 4 | 5,
): ProviderRule {
  return { id, provider: null, category, anyText, ...explanation, replyClass };
}

/** Patterns seen across many receivers; checked after the provider-specific rules. */
export const GENERIC_RULES: readonly ProviderRule[] = [
  generic('greylisted', 'greylisting',
    ['greylist', 'graylist', 'grey-list', 'gray-list', 'grey listed', 'gray listed', 'postgrey'], {
      whatHappened: 'The receiver defers first contact from unknown senders on purpose.',
      whoseSide: 'recipient-server',
      whatToDo: 'Nothing; the next retry from the same IP normally gets through.',
      retryHelps: 'yes',
    }),
  generic('mailbox-full', 'mailbox-full',
    ['mailbox full', 'mailbox is full', 'over quota', 'overquota', 'quota exceeded',
      'exceeded storage', 'mailbox size limit', 'insufficient storage'], {
      whatHappened: 'The recipient\u2019s mailbox has no space for more mail.',
      whoseSide: 'recipient-address',
      whatToDo: 'Retries may succeed; suppress if it persists, as it often means abandoned.',
      retryHelps: 'maybe',
    }),
  generic('user-unknown', 'invalid-recipient',
    ['user unknown', 'unknown user', 'no such user', 'user not found', 'does not exist',
      'mailbox unavailable', 'mailbox not found', 'no mailbox here', 'unknown recipient',
      'recipient unknown', 'invalid recipient', 'no such recipient', 'unrouteable address',
      'recipient address rejected', 'account disabled', 'mailbox disabled', 'account has been disabled',
      'recipient not found', 'mailbox is disabled', 'inactive account'], {
      whatHappened: 'The receiver says the recipient address does not exist or cannot receive.',
      whoseSide: 'recipient-address',
      whatToDo: 'Suppress the address; repeated sends to unknown users hurt reputation.',
      retryHelps: 'no',
    }, 5),
  generic('message-too-large', 'message-too-large',
    ['message size exceeds', 'message too large', 'message is too large', 'too big',
      'exceeds size limit', 'size limit exceeded', 'maximum message size'], {
      whatHappened: 'The message is larger than the receiver accepts.',
      whoseSide: 'message-content',
      whatToDo: 'Make the message smaller or host attachments elsewhere.',
      retryHelps: 'no',
    }),
  generic('sender-authentication', 'authentication',
    ['dmarc', 'dkim', 'spf', 'sender policy framework', 'unauthenticated', 'not authenticated'], {
      whatHappened: 'The receiver refused the message over SPF, DKIM or DMARC results.',
      whoseSide: 'our-configuration',
      whatToDo: 'Check SPF includes the sending IP, DKIM signs and aligns, and DMARC passes.',
      retryHelps: 'no',
    }),
  generic('tls-required', 'tls',
    ['starttls', 'tls required', 'must issue a starttls', 'encryption required', 'tls is required'], {
      whatHappened: 'The receiver insists on an encrypted connection, or TLS failed there.',
      whoseSide: 'our-configuration',
      whatToDo: 'Enable STARTTLS towards this destination and check our TLS versions.',
      retryHelps: 'maybe',
    }),
  generic('rate-limited', 'rate-limited',
    ['rate limit', 'ratelimit', 'too many messages', 'too many connections', 'throttl',
      'too many recipients', 'sending rate', 'too much mail', 'try again later', 'temporarily deferred',
      'too many concurrent', 'exceeded the rate'], {
      whatHappened: 'The receiver is slowing our traffic down.',
      whoseSide: 'our-reputation',
      whatToDo: 'Reduce connections and rate towards this domain; retries will drain the queue.',
      retryHelps: 'yes',
    }, 4),
  generic('content-spam', 'content-spam',
    ['spam', 'unsolicited', 'content rejected', 'message content', 'virus', 'malware',
      'phishing', 'suspicious'], {
      whatHappened: 'The receiver\u2019s filter judged the message to be spam or dangerous.',
      whoseSide: 'message-content',
      whatToDo: 'Review content, links and list quality; compare with mail that is accepted.',
      retryHelps: 'no',
    }),
  generic('poor-reputation', 'reputation-blocklist',
    ['reputation', 'blocked', 'banned', 'denied access'], {
      whatHappened: 'The receiver refused us because of the sending IP or domain reputation.',
      whoseSide: 'our-reputation',
      whatToDo: 'Check blocklists and postmaster tools; reduce volume to unengaged users.',
      retryHelps: 'maybe',
    }),
  generic('reverse-dns', 'dns',
    ['reverse dns', 'ptr record', 'rdns', 'reverse lookup', 'no ptr', 'helo', 'ehlo',
      'cannot find your hostname', 'cannot find your reverse hostname',
      'domain not found', 'host not found', 'name service error', 'sender domain must exist'], {
      whatHappened: 'A DNS check by the receiver failed: reverse DNS, HELO name or sender domain.',
      whoseSide: 'our-configuration',
      whatToDo: 'Check PTR, HELO hostname and the bounce domain\u2019s DNS records.',
      retryHelps: 'maybe',
    }),
  generic('relay-denied', 'policy',
    ['relay access denied', 'relaying denied', 'relay not permitted', 'not permitted to relay',
      'unable to relay', 'relaying', 'policy', 'not authorized', 'access denied', 'refused'], {
      whatHappened: 'A rule of the receiving site refused the message.',
      whoseSide: 'recipient-server',
      whatToDo: 'Read the reply for which rule; contact the site\u2019s postmaster if needed.',
      retryHelps: 'no',
    }),
  generic('protocol-error', 'protocol',
    ['syntax error', 'command unrecognized', 'bad sequence', 'line too long',
      'command not recognized', 'unrecognized command', 'bare lf', 'bare <lf>'], {
      whatHappened: 'The receiver did not accept part of the SMTP conversation or message format.',
      whoseSide: 'our-configuration',
      whatToDo: 'Check the injected message formatting and any middlebox altering SMTP.',
      retryHelps: 'no',
    }),
  generic('connection-trouble', 'connection',
    ['timeout', 'timed out', 'connection refused', 'lost connection', 'service not available',
      'closing transmission channel', 'service unavailable', 'too busy', 'temporarily unavailable'], {
      whatHappened: 'The receiver was unavailable or dropped the session.',
      whoseSide: 'recipient-server',
      whatToDo: 'Usually transient; retries handle it.',
      retryHelps: 'yes',
    }),
];
