import { describe, expect, test } from 'vitest';
import { parseDeliveryAttempt, recipientDomainOf } from '@/lib/greenarrow/delivery-attempt';
import { deliveryAttempt } from '../../support/sample-events';

function parsed(overrides: Record<string, unknown>) {
  const result = parseDeliveryAttempt(deliveryAttempt(overrides));
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function reason(overrides: Record<string, unknown>) {
  const result = parseDeliveryAttempt(deliveryAttempt(overrides));
  return result.ok ? null : result.reason;
}

describe('lenient types, as GreenArrow versions differ', () => {
  test('ids arrive as numbers or strings and are kept as text; blanks are absent', () => {
    const attempt = parsed({ outmtaid: 5, mtaid: '3', throttleid: '', sendsliceid: null, id: 123 });
    expect(attempt).toMatchObject({ virtualMta: '5', mtaId: '3', throttleId: null, sendSliceId: null, legacyId: '123' });
  });

  test.each([
    [0, false], [1, true], ['0', false], ['1', true], [true, true], [false, false], ['true', true], [undefined, false],
  ])('is_retry %j means %s', (value, expected) => {
    expect(parsed({ is_retry: value }).isRetry).toBe(expected);
  });

  test('timestamp is fractional epoch seconds, as a number or a numeric string', () => {
    expect(parsed({ timestamp: 1764750000.123 }).attemptedAt.toISOString()).toBe('2025-12-03T08:20:00.123Z');
    expect(parsed({ timestamp: '1764750000.5' }).attemptedAt.toISOString()).toBe('2025-12-03T08:20:00.500Z');
  });

  test('without timestamp the event_time is the attempt time', () => {
    expect(parsed({ timestamp: undefined, event_time: 1764750000 }).attemptedAt.toISOString()).toBe(
      '2025-12-03T08:20:00.000Z',
    );
  });

  test('the recipient may be called recipient, and its domain is lower-cased', () => {
    const attempt = parsed({ email: undefined, recipient: 'Jane@Example.COM.' });
    expect(attempt.recipient).toBe('Jane@Example.COM.');
    expect(attempt.recipientDomain).toBe('example.com');
  });

  test('an empty headers array counts as no headers', () => {
    expect(parsed({ headers: [] }).headers).toBeNull();
  });
});

describe('what makes an event rejected', () => {
  test.each([
    [{ status: undefined }, /^status: must be one of success, deferral/],
    [{ status: 'bounced' }, /^status: must be one of/],
    [{ email: undefined }, /^email: missing recipient/],
    [{ email: 'not-an-address' }, /^email: not an email address/],
    [{ timestamp: undefined, event_time: undefined }, /^timestamp: missing attempt time/],
    [{ timestamp: 'tomorrow' }, /^timestamp: not a time/],
    [{ timestamp: 12 }, /^timestamp: not a time/],
    [{ outmtaid: { nested: true } }, /^outmtaid: /],
    [{ message_size: -4 }, /^message_size: /],
  ])('%j is rejected', (overrides, expected) => {
    expect(reason(overrides)).toMatch(expected);
  });
});

test('recipientDomainOf takes the part after the last @', () => {
  expect(recipientDomainOf('"odd@local"@Sub.Example.org')).toBe('sub.example.org');
});
