import { deliveryAttempt } from '../support/sample-events';

// Known attempts in a fixed six-hour window and the six hours before it.

export const WINDOW = 'from=2026-12-01T00:00:00Z&to=2026-12-01T06:00:00Z';
const START = Date.parse('2026-12-01T00:00:00Z') / 1000;

const reply = (ip: string, text: string) =>
  `${ip} does not like recipient./Remote host said: ${text}/Giving up on ${ip}`;

export const GMAIL_RATE =
  '421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address.';

function attempts(count: number, at: number, fields: Record<string, unknown>) {
  return Array.from({ length: count }, (_, index) =>
    deliveryAttempt({ timestamp: at + index, ...fields }),
  );
}

const gmailDeferral = {
  status: 'deferral',
  email: 'someone@gmail.com',
  outmtaid: 7,
  outmtaid_ip: '192.0.2.11',
  message: reply('203.0.113.5', GMAIL_RATE),
};

/** success 6, deferral 4, failure 3, failure_toolong 1, connmaxout 1; before: 2 and 1. */
export function seedEvents(start = START, previous = START - 3 * 3600) {
  return [
    ...attempts(6, start + 600, { email: 'reader@example.com' }),
    ...attempts(3, start + 3600 + 60, gmailDeferral),
    ...attempts(1, start + 7200, {
      status: 'deferral',
      email: 'grey@example.org',
      message: reply('203.0.113.6', '451 4.7.1 Greylisted, please try again later'),
    }),
    ...attempts(2, start + 7300, {
      status: 'failure',
      email: 'gone@example.net',
      message: reply('203.0.113.8', '550 5.1.1 User unknown'),
    }),
    ...attempts(1, start + 7400, {
      status: 'failure',
      email: 'odd@example.net',
      message: reply('203.0.113.8', '550 zorblax frobnicated the quux'),
    }),
    ...attempts(1, start + 7500, {
      status: 'failure_toolong',
      email: 'old@example.net',
      message: 'Message is too old',
    }),
    ...attempts(1, start + 7600, {
      status: 'connmaxout',
      email: 'busy@example.com',
      message: 'All connection backlog slots used up for this domain.',
    }),
    ...attempts(2, previous, { email: 'reader@example.com' }),
    ...attempts(1, previous + 60, gmailDeferral),
  ];
}
