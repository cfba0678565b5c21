import { describe, expect, test } from 'vitest';
import { ENHANCED_STATUS_CODES, enhancedCodeInfo, parseRemoteReply } from '@/lib/classifier';

describe('parseRemoteReply', () => {
  test.each([
    ['250 2.0.0 OK queued', 250, '2.0.0', 'OK queued'],
    ['550-5.7.1 first\n550-5.7.1 second\n550 5.7.1 third', 550, '5.7.1', 'first second third'],
    ['550-5.7.1 first/550 5.7.1 second', 550, '5.7.1', 'first second'],
    ['550-5.7.1 first\r\n550 5.7.1 second', 550, '5.7.1', 'first second'],
    ['550-5.7.1 first 550-5.7.1 second 550 5.7.1 third', 550, '5.7.1', 'first second third'],
    ['550-Banner line\n550 5.1.1 user unknown', 550, '5.1.1', 'Banner line user unknown'],
    ['421 Service not available', 421, null, 'Service not available'],
    [
      "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
      null,
      '4.4.1',
      "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
    ],
    ['550 #5.1.0 Address rejected.', 550, '5.1.0', '#5.1.0 Address rejected.'],
    ['554 5.7.606 Access denied', 554, '5.7.606', 'Access denied'],
    ['see https://example.com/a/b 550 x', null, null, 'see https://example.com/a/b 550 x'],
    ['660 not a reply code', null, null, '660 not a reply code'],
    ['550 from 5.1.2.3 only', 550, null, 'from 5.1.2.3 only'],
    ['', null, null, ''],
  ])('%j', (text, smtpCode, enhancedCode, words) => {
    expect(parseRemoteReply(text)).toEqual({ smtpCode, enhancedCode, text: words });
  });
});

describe('enhanced status codes', () => {
  test('cover the registry ranges', () => {
    const codes = new Set(ENHANCED_STATUS_CODES.map((c) => c.code));
    const ranges: [number, number][] = [
      [0, 0],
      [1, 10],
      [2, 4],
      [3, 6],
      [4, 7],
      [5, 6],
      [6, 10],
      [7, 30],
    ];
    ranges.forEach(([subject, lastDetail]) => {
      for (let detail = 0; detail <= lastDetail; detail++) {
        expect(codes.has(`X.${subject}.${detail}`)).toBe(true);
      }
    });
    expect(codes.size).toBe(81);
  });

  test('look up by concrete code', () => {
    expect(enhancedCodeInfo('5.1.1')?.category).toBe('invalid-recipient');
    expect(enhancedCodeInfo('4.2.2')?.category).toBe('mailbox-full');
    expect(enhancedCodeInfo('5.7.26')?.category).toBe('authentication');
    expect(enhancedCodeInfo('5.9.99')).toBeUndefined();
  });
});
