import { expect, test } from 'vitest';
import { canonicalJson, eventKeyOf } from '@/lib/greenarrow/event-key';

test('event_unique_id wins, then the legacy id, then a content hash', () => {
  expect(eventKeyOf({ event_unique_id: 'abc', id: 7 })).toBe('u:abc');
  expect(eventKeyOf({ event_unique_id: '', id: 7 })).toBe('id:7');
  expect(eventKeyOf({ id: '7' })).toBe('id:7');
  expect(eventKeyOf({ id: 0, status: 'success' })).toMatch(/^h:[0-9a-f]{64}$/);
});

test('the content hash ignores key order but not values', () => {
  const a = eventKeyOf({ status: 'success', email: 'a@b.example', nested: { y: 1, x: 2 } });
  const b = eventKeyOf({ nested: { x: 2, y: 1 }, email: 'a@b.example', status: 'success' });
  const c = eventKeyOf({ status: 'deferral', email: 'a@b.example', nested: { y: 1, x: 2 } });
  expect(a).toBe(b);
  expect(a).not.toBe(c);
});

test('canonical JSON sorts keys at every depth', () => {
  expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
});
