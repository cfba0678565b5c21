import { describe, expect, test } from 'vitest';
import {
  CATEGORIES,
  CLASSIFIER_VERSION,
  PROVIDER_RULES,
  classifyAttempt,
  explainClassification,
} from '@/lib/classifier';

const IP = '198.51.100.7';

describe('classifyAttempt', () => {
  test('an acceptance', () => {
    const result = classifyAttempt({
      message: `${IP} accepted message./Remote host said: 250 2.0.0 OK 1700000000 q1si2 - gsmtp/`,
      status: 'success',
      recipientDomain: 'gmail.com',
    });
    expect(result).toMatchObject({
      catalogueEntry: 'remote-accepted',
      rule: null,
      reason: 'remote-accepted',
      category: 'accepted',
      provider: 'Gmail',
      smtpCode: 250,
      enhancedCode: '2.0.0',
      remoteReply: '250 2.0.0 OK 1700000000 q1si2 - gsmtp',
    });
  });

  test.each([
    ['All connection backlog slots used up for this domain.', 'connmaxout', 'throttled', null],
    ['All connection backlog slots used up', 'connmaxout', 'throttled', null],
    ['Message expired. (#5.4.7)', 'failure_toolong', 'expired', '5.4.7'],
    ['Unable to read message. (#4.3.0)', 'deferral', 'internal', '4.3.0'],
    [
      'Delivery attempt prevented by local configuration. (#5.7.1)',
      'failure',
      'local-configuration',
      '5.7.1',
    ],
    [
      `Connected to ${IP} but STARTTLS TLS negotiation failed. (#4.4.2)`,
      'deferral',
      'tls',
      '4.4.2',
    ],
    ['Sorry, I couldn’t find any host by that name. (#4.1.2)', 'deferral', 'dns', '4.1.2'],
    [
      `Connected to ${IP} but authentication was rejected (password)/Remote host said: 535 5.7.8 Error: authentication failed`,
      'deferral',
      'smtp-auth',
      '5.7.8',
    ],
  ])('%s', (message, status, category, enhancedCode) => {
    const result = classifyAttempt({ message, status });
    expect(result.category).toBe(category);
    expect(result.enhancedCode).toBe(enhancedCode);
    expect(result.rule).toBeNull();
  });

  test('unrecognised text is kept apart but still read for codes', () => {
    const result = classifyAttempt({ message: '550 5.1.1 <a@b.example>: no', status: 'failure' });
    expect(result).toMatchObject({
      catalogueEntry: null,
      reason: 'unrecognised',
      category: 'invalid-recipient',
      smtpCode: 550,
      enhancedCode: '5.1.1',
      remoteReply: null,
      fingerprint: '550 5.1.1 <email>: no',
    });
  });

  test('an acceptance text with a failure status is never counted as accepted', () => {
    const message = `${IP} accepted message./Remote host said: 250 2.0.0 OK queued`;
    expect(classifyAttempt({ message, status: 'failure' }).category).toBe('other');
    expect(classifyAttempt({ message, status: 'success' }).category).toBe('accepted');
  });

  test('a null message', () => {
    expect(classifyAttempt({ message: null, status: 'deferral' })).toMatchObject({
      reason: 'unrecognised',
      category: 'other',
      fingerprint: '',
    });
  });

  test('the MX host outranks the reply text when naming the provider', () => {
    const message = `${IP} does not like recipient./Remote host said: 550 5.1.1 user unknown`;
    const result = classifyAttempt({
      message,
      status: 'failure',
      mxHostname: 'mx1.hc1-2.iphmx.com.',
    });
    expect(result.provider).toBe('Cisco');
    expect(result.rule).toBe('user-unknown');
  });
});

describe('explainClassification', () => {
  test('uses the rule, then the entry, then the codes', () => {
    const ruled = classifyAttempt({
      message: `${IP} does not like recipient./Remote host said: 452 4.2.2 Over quota`,
      status: 'deferral',
    });
    expect(explainClassification(ruled).whatHappened).toContain('mailbox');
    const entry = classifyAttempt({ message: 'Message expired. (#5.4.7)', status: 'failure' });
    expect(explainClassification(entry).retryHelps).toBe('no');
    const coded = classifyAttempt({
      message: `${IP} failed on DATA command./Remote host said: 554 5.6.5 bad`,
      status: 'failure',
    });
    expect(explainClassification(coded).whatHappened).toContain('Converting');
  });

  test('never throws on nonsense', () => {
    const nonsense = {
      catalogueEntry: 'nope',
      rule: 'nope',
      reason: 'x',
      category: 'other',
      provider: null,
      smtpCode: 999,
      enhancedCode: '9.9.9',
      remoteReply: null,
      fingerprint: '',
    } as const;
    expect(explainClassification(nonsense).whatHappened.length).toBeGreaterThan(0);
  });
});

describe('data tables', () => {
  test('the version is a positive integer', () => {
    expect(Number.isInteger(CLASSIFIER_VERSION) && CLASSIFIER_VERSION > 0).toBe(true);
  });

  test('rules have unique ids and known categories', () => {
    const ids = PROVIDER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const categories = new Set<string>(CATEGORIES.map((c) => c.id));
    for (const rule of PROVIDER_RULES) {
      expect(categories.has(rule.category)).toBe(true);
      expect(rule.anyText ?? rule.enhancedCodes ?? rule.allText).toBeDefined();
      for (const needle of rule.anyText ?? []) expect(needle).toBe(needle.toLowerCase());
    }
  });

  test('categories cover the documented taxonomy', () => {
    expect(CATEGORIES.map((c) => c.id)).toHaveLength(20);
  });
});

describe('local delivery reports', () => {
  test.each([
    ['did 1+0+0/', 'success', 'accepted', null],
    ['did 0+1+0/', 'deferral', 'other', null],
    ['did 0+0+1/Sorry, no mailbox here by that name. (#5.1.1)/', 'failure', 'invalid-recipient', '5.1.1'],
  ])('%s (%s) is a local delivery, category %s', (message, status, category, enhancedCode) => {
    const result = classifyAttempt({ message, status });
    expect(result).toMatchObject({
      reason: 'local-delivery',
      catalogueEntry: null,
      rule: null,
      category,
      enhancedCode,
      provider: null,
    });
    const explanation = explainClassification(result);
    if (enhancedCode === null) expect(explanation.whatHappened).toMatch(/on its own server/);
  });

  test('text that only mentions the counts later is not a local report', () => {
    const result = classifyAttempt({ message: 'Remote host said: did 1+0+0/', status: 'deferral' });
    expect(result.reason).not.toBe('local-delivery');
  });
});

describe('fingerprints', () => {
  test('Gmail transaction ids mask alike, letters only or not', async () => {
    const { fingerprintReply } = await import('@/lib/classifier');
    const replies = [
      '250 2.0.0 OK 1764752400 ghfnrdmakoke - gsmtp',
      '250 2.0.0 OK 1764752999 q1si2 - gsmtp',
      '250 2.0.0 OK 1764753333 abcdefghij.42 - gsmtp',
    ];
    expect(new Set(replies.map(fingerprintReply))).toEqual(new Set(['250 2.0.0 OK <n> <id> - gsmtp']));
  });

  test('a word before a dash elsewhere stays a word', async () => {
    const { fingerprintReply } = await import('@/lib/classifier');
    expect(fingerprintReply('550 5.7.1 rejected - policy')).toBe('550 5.7.1 rejected - policy');
  });
});
