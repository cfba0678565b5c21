import { expect, test } from 'vitest';
import { storableText, storableValue } from '@/lib/greenarrow/sanitize';

test('NUL and lone surrogates become U+FFFD, keys included', () => {
  expect(storableText('a\u0000b\ud800c')).toBe('a\uFFFDb\uFFFDc');
  expect(storableValue({ 'k\u0000': ['x\udfff', 1, null], ok: 'fine' })).toEqual({
    'k\uFFFD': ['x\uFFFD', 1, null],
    ok: 'fine',
  });
});

test('a clean event is returned as it is, without copying', () => {
  const event = { message: '250 2.0.0 OK ✓ 😀', headers: { 'X-A': ['b'] } };
  expect(storableValue(event)).toBe(event);
});
