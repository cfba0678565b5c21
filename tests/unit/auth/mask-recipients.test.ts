import { expect, test } from 'vitest';
import { maskAddresses, maskRecipients } from '@/lib/auth/mask-recipients';

test('mailbox names are masked and domains kept', () => {
  expect(maskAddresses('someone@Example.COM')).toBe('s***@Example.COM');
  expect(maskAddresses('550 5.1.1 <first.last+tag@mail.example.org>: User unknown')).toBe(
    '550 5.1.1 <f***@mail.example.org>: User unknown',
  );
  expect(maskAddresses('no address, 192.0.2.1, example.com')).toBe(
    'no address, 192.0.2.1, example.com',
  );
});

test('every string of a report is masked, at any depth, and other values are kept', () => {
  const report = {
    totals: { success: 3 },
    latest: [
      {
        id: 7,
        recipient: 'bob@example.net',
        message: 'said: 550 bob@example.net unknown',
        at: null,
      },
    ],
  };
  expect(maskRecipients(report)).toEqual({
    totals: { success: 3 },
    latest: [
      {
        id: 7,
        recipient: 'b***@example.net',
        message: 'said: 550 b***@example.net unknown',
        at: null,
      },
    ],
  });
});
