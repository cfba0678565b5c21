import { describe, expect, test } from 'vitest';
import {
  grantFor,
  isShareablePage,
  normalisePagePath,
  scopedSearch,
  viewQuery,
} from '@/lib/auth/share-scope';

describe('which pages can be shared', () => {
  test.each([
    '/',
    '/deferrals',
    '/failures',
    '/reasons',
    '/reasons/gmail-rate',
    '/domains',
    '/domains/gmail.com',
  ])('%s is a report view', (path) => expect(isShareablePage(path)).toBe(true));

  test.each([
    '/events',
    '/events/12',
    '/ingestion',
    '/admin/people',
    '/share/x',
    '/domains/a/b',
    '/api/overview',
  ])('%s is not', (path) => expect(isShareablePage(path)).toBe(false));

  test('paths are decoded segment by segment and a slash smuggled in a segment is refused', () => {
    expect(normalisePagePath('/domains/Gmail%2Ecom')).toBe('/domains/Gmail.com');
    expect(normalisePagePath('/domains/a%2Fb')).toBeNull();
    expect(normalisePagePath('/domains/%E0%A4%A')).toBeNull();
    expect(normalisePagePath('https://evil.example/')).toBeNull();
  });
});

describe('what a shared page may ask', () => {
  test('only the endpoints of its own page', () => {
    expect(grantFor('/', ['overview'])?.endpoint).toBe('overview');
    expect(grantFor('/', ['attempts'])).toBeNull();
    expect(grantFor('/', ['domains'])).toBeNull();
    expect(grantFor('/domains/gmail.com', ['domains', 'gmail.com'])).not.toBeNull();
    expect(grantFor('/domains/gmail.com', ['domains', 'yahoo.com'])).toBeNull();
    expect(grantFor('/deferrals', ['breakdowns'])?.fixed).toEqual({ set: 'deferrals' });
  });

  test('the stored filters win; the client chooses only its position in a list', () => {
    const list = grantFor('/domains', ['domains'])!;
    const client = new URLSearchParams(
      'range=30d&domain=yahoo.com&page=3&sort=domain&q=x&set=failures',
    );
    const asked = scopedSearch(list, 'range=7d&domain=gmail.com', client);
    expect(Object.fromEntries(asked)).toEqual({
      range: '7d',
      domain: 'gmail.com',
      page: '3',
      sort: 'domain',
    });
  });

  test('fixed parameters of a page cannot be changed by the client', () => {
    const deferrals = grantFor('/deferrals', ['breakdowns'])!;
    const asked = scopedSearch(deferrals, 'range=24h', new URLSearchParams('set=failures'));
    expect(asked.get('set')).toBe('deferrals');
  });
});

describe('the stored view query', () => {
  test('keeps only report parameters and makes the default range explicit', () => {
    expect(viewQuery('domain=gmail.com&live=1&cursor=abc')).toEqual({
      ok: true,
      query: 'range=24h&domain=gmail.com',
    });
  });

  test('fixed bounds replace a preset', () => {
    const parsed = viewQuery('range=7d&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z');
    expect(parsed).toEqual({
      ok: true,
      query: 'from=2026-12-01T00%3A00%3A00Z&to=2026-12-02T00%3A00%3A00Z',
    });
  });

  test('an invalid filter is refused', () => {
    expect(viewQuery('smtpCode=abc').ok).toBe(false);
  });
});
