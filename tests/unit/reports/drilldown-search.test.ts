import { expect, test } from 'vitest';
import { formatAttemptTime, viewTimeZone } from '@/lib/reports/attempt-time';
import { domainListApiSearch, logApiSearch, viewSignature } from '@/lib/reports/drilldown-search';

test('the log asks the API for report and log parameters only, in a fixed order', () => {
  const search =
    'q=spamhaus&live=1&cursor=abc&status=deferral&range=24h&recipient=a%40b.example&x=1';
  expect(logApiSearch(search)).toBe(
    'range=24h&status=deferral&recipient=a%40b.example&q=spamhaus&cursor=abc',
  );
  expect(logApiSearch(new URLSearchParams(search))).toBe(logApiSearch(search));
});

test('the domain list keeps its sort, direction, page and search', () => {
  expect(
    domainListApiSearch('page=3&dir=asc&sort=failureRate&live=1&domain=x.example&q=mail'),
  ).toBe('domain=x.example&sort=failureRate&dir=asc&page=3&q=mail');
});

test('the view signature ignores only the position', () => {
  expect(viewSignature('range=24h&cursor=abc', 'cursor')).toBe('range=24h');
  expect(viewSignature('range=24h&page=2&sort=domain', 'page')).toBe('range=24h&sort=domain');
  expect(viewSignature('range=24h&cursor=abc', 'page')).toBe('range=24h&cursor=abc');
});

test('attempt times are shown in the view time zone, UTC by default', () => {
  expect(formatAttemptTime('2025-12-03T23:06:40.900Z', 'UTC')).toBe('2025-12-03 23:06:40');
  expect(formatAttemptTime('2025-12-03T23:06:40.900Z', 'Europe/Berlin')).toBe('2025-12-04 00:06:40');
  expect(viewTimeZone('range=24h&tz=America/New_York')).toBe('America/New_York');
  expect(viewTimeZone('tz=Not/AZone')).toBe('UTC');
  expect(viewTimeZone('')).toBe('UTC');
});
