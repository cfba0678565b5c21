import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  classifyAttempt,
  explainClassification,
  fingerprintReply,
  matchCatalogue,
  parseRemoteReply,
} from '@/lib/classifier';

const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        'Connected to ',
        '1.2.3.4',
        ' accepted message.',
        '/',
        'Remote host said: ',
        '550-5.7.1 ',
        '\n',
        '(#4.4.2)',
        ' ',
        '’',
        '::',
        'Giving up on ',
        '@',
        'http://x/?a=1',
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
);
const status = fc.constantFrom(
  'success',
  'deferral',
  'failure',
  'failure_toolong',
  'connmaxout',
  '',
);

describe('never throws', () => {
  test('matchCatalogue', () => {
    fc.assert(
      fc.property(anyText, status, (text, s) => {
        matchCatalogue(text, s);
      }),
      { numRuns: 500 },
    );
  });

  test('parseRemoteReply and fingerprintReply', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        parseRemoteReply(text);
        expect(fingerprintReply(text).length).toBeLessThanOrEqual(160);
      }),
      { numRuns: 500 },
    );
  });

  test('classifyAttempt and explainClassification', () => {
    fc.assert(
      fc.property(anyText, status, fc.option(fc.domain()), (text, s, mx) => {
        const result = classifyAttempt({ message: text, status: s, mxHostname: mx });
        expect(explainClassification(result).whatHappened.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  test('huge strings', () => {
    const huge = 'x'.repeat(300_000) + ' accepted message./Remote host said: 250 ok';
    expect(() => classifyAttempt({ message: huge, status: 'success' })).not.toThrow();
    expect(fingerprintReply(huge).length).toBeLessThanOrEqual(160);
  });
});

describe('fingerprint', () => {
  test('is stable when applied to its own output', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = fingerprintReply(text);
        expect(fingerprintReply(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  test('masks varying numbers, addresses and ids', () => {
    const ipv4 = fc.ipV4();
    const ipv6 = fc.ipV6().filter((ip) => ip.includes('::') || ip.split(':').length === 8);
    const variable = fc.record({
      // "/" is where GreenArrow joins reply lines, so an address holding one cannot be told
      // from two lines (fast-check found "/000-.a@a.aa").
      email: fc.emailAddress().filter((address) => !address.includes('/')),
      ip: fc.oneof(ipv4, ipv6),
      queueId: fc.stringMatching(/^[0-9A-F]{10,14}$/),
      count: fc.nat(),
      host: fc.integer({ min: 1, max: 99999 }).map((n) => `mta${n}.mail.example.com`),
    });
    const reply = (v: {
      email: string;
      ip: string;
      queueId: string;
      count: number;
      host: string;
    }) =>
      `550-5.1.1 <${v.email}>: Recipient address rejected from [${v.ip}]\n` +
      `550 5.1.1 queue ${v.queueId} after ${v.count} tries at ${v.host}`;
    fc.assert(
      fc.property(variable, variable, (a, b) => {
        expect(fingerprintReply(reply(a))).toBe(fingerprintReply(reply(b)));
      }),
      { numRuns: 300 },
    );
  });
});
