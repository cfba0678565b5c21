import { expect, test } from 'vitest';
import { sharedPageChanges, sharedPageSearch, shareSearch } from '@/lib/client/share-request';

test('a rolling view stays rolling or is pinned to the bounds it covers now', () => {
  const now = new Date('2026-12-03T11:20:00Z');
  expect(shareSearch('range=7d&domain=gmail.com&live=1', 'rolling', now)).toBe(
    'range=7d&domain=gmail.com',
  );
  expect(shareSearch('range=24h&domain=gmail.com', 'fixed', now)).toBe(
    'from=2026-12-02T11%3A21%3A00.000Z&to=2026-12-03T11%3A21%3A00.000Z&domain=gmail.com',
  );
  expect(
    shareSearch('from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z', 'rolling', now),
  ).toContain('from=');
});

test("a shared page's address keeps its position but never its own filters", () => {
  expect(
    sharedPageSearch('sort=domain&page=2&domain=yahoo.com&range=30d', 'range=7d&domain=gmail.com'),
  ).toBe('sort=domain&page=2&range=7d&domain=gmail.com');
  expect(sharedPageChanges({ page: '3', domain: 'yahoo.com', range: '1h', from: null })).toEqual({
    page: '3',
  });
});
