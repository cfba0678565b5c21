import type { Category } from './categories';
import type { Explanation } from './types';

type Advice = Omit<Explanation, 'whatHappened'>;

const ADVICE: Record<Category, Advice> = {
  accepted: { whoseSide: 'none', whatToDo: 'Nothing to do.', retryHelps: 'no' },
  'invalid-recipient': {
    whoseSide: 'recipient-address',
    whatToDo: 'Suppress the address.',
    retryHelps: 'no',
  },
  'mailbox-full': {
    whoseSide: 'recipient-address',
    whatToDo: 'Retry for a while, then suppress if it does not clear.',
    retryHelps: 'maybe',
  },
  'message-too-large': {
    whoseSide: 'message-content',
    whatToDo: 'Reduce the message size.',
    retryHelps: 'no',
  },
  'reputation-blocklist': {
    whoseSide: 'our-reputation',
    whatToDo: 'Check blocklists and the provider\u2019s postmaster tools before sending more.',
    retryHelps: 'maybe',
  },
  'rate-limited': {
    whoseSide: 'our-reputation',
    whatToDo: 'Lower the rate and connections towards this receiver.',
    retryHelps: 'yes',
  },
  throttled: {
    whoseSide: 'our-configuration',
    whatToDo: 'Review GreenArrow throttle limits if the delay matters.',
    retryHelps: 'yes',
  },
  authentication: {
    whoseSide: 'our-configuration',
    whatToDo: 'Fix SPF, DKIM and DMARC alignment for the sending domains.',
    retryHelps: 'no',
  },
  'content-spam': {
    whoseSide: 'message-content',
    whatToDo: 'Review content, links and the recipients\u2019 engagement.',
    retryHelps: 'no',
  },
  policy: {
    whoseSide: 'recipient-server',
    whatToDo: 'Read the reply to find the rule; contact the postmaster if needed.',
    retryHelps: 'maybe',
  },
  greylisting: {
    whoseSide: 'recipient-server',
    whatToDo: 'Nothing; retries get through.',
    retryHelps: 'yes',
  },
  dns: { whoseSide: 'dns', whatToDo: 'Check the DNS records involved.', retryHelps: 'maybe' },
  tls: {
    whoseSide: 'network',
    whatToDo: 'Compare TLS settings on both sides.',
    retryHelps: 'maybe',
  },
  connection: {
    whoseSide: 'network',
    whatToDo: 'Usually transient; investigate if one host keeps failing.',
    retryHelps: 'yes',
  },
  protocol: {
    whoseSide: 'our-configuration',
    whatToDo: 'Check message formatting and the SMTP dialogue.',
    retryHelps: 'no',
  },
  'smtp-auth': {
    whoseSide: 'our-configuration',
    whatToDo: 'Check the relay credentials.',
    retryHelps: 'no',
  },
  'local-configuration': {
    whoseSide: 'our-configuration',
    whatToDo: 'Review the GreenArrow configuration involved.',
    retryHelps: 'no',
  },
  internal: {
    whoseSide: 'greenarrow-internal',
    whatToDo: 'Check the GreenArrow server and its logs.',
    retryHelps: 'maybe',
  },
  expired: {
    whoseSide: 'greenarrow-internal',
    whatToDo: 'Find out why the message stayed queued so long.',
    retryHelps: 'no',
  },
  other: {
    whoseSide: 'none',
    whatToDo: 'Read the raw message; add a rule if it recurs.',
    retryHelps: 'maybe',
  },
};

export function categoryAdvice(category: Category): Advice {
  return ADVICE[category] ?? ADVICE.other;
}
