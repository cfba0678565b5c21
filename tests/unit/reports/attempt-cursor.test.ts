import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeCursor, encodeCursor } from '@/lib/reports/attempt-cursor';

describe('log cursor', () => {
  test('round-trips the microsecond position and id', () => {
    const cursor = { attemptedAt: '2025-12-03T11:06:40.500123Z', id: 4711 };
    const token = encodeCursor(cursor);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token)).toEqual(cursor);
  });

  test('any position and id survive the URL', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 1, max: 2_147_483_647 }),
        (date, micros, id) => {
          const attemptedAt = date
            .toISOString()
            .replace('Z', `${String(micros).padStart(3, '0')}Z`);
          const token = encodeURIComponent(encodeCursor({ attemptedAt, id }));
          expect(decodeCursor(decodeURIComponent(token))).toEqual({ attemptedAt, id });
        },
      ),
    );
  });

  test.each([
    ['empty', ''],
    ['not base64url', 'a+b/c='],
    ['no id', Buffer.from('2025-12-03T11:06:40.500123Z|').toString('base64url')],
    ['milliseconds only', Buffer.from('2025-12-03T11:06:40.500Z|1').toString('base64url')],
    ['SQL text', Buffer.from("2025-12-03T11:06:40.500123Z|1' OR 1=1").toString('base64url')],
    ['impossible date', Buffer.from('2025-13-45T11:06:40.500123Z|1').toString('base64url')],
  ])('refuses a token that is %s', (_name, token) => {
    expect(decodeCursor(token)).toBeNull();
  });
});
