import { expect, test } from 'vitest';
import { isCrossSiteRequest } from '@/lib/auth/same-origin';

function post(headers: Record<string, string>, url = 'http://dash.example:3000/api/admin/users') {
  return new Request(url, { method: 'POST', headers: { host: 'dash.example:3000', ...headers } });
}

test('a post from another site is cross-site, by Sec-Fetch-Site or by Origin', () => {
  expect(isCrossSiteRequest(post({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
  expect(
    isCrossSiteRequest(
      post({ 'sec-fetch-site': 'same-site', origin: 'http://other.dash.example:3000' }),
    ),
  ).toBe(true);
  expect(isCrossSiteRequest(post({ origin: 'https://evil.example' }))).toBe(true);
  expect(isCrossSiteRequest(post({ origin: 'null' }))).toBe(true);
});

test("the dashboard's own posts and clients that are not browsers pass", () => {
  expect(
    isCrossSiteRequest(
      post({ 'sec-fetch-site': 'same-origin', origin: 'http://dash.example:3000' }),
    ),
  ).toBe(false);
  expect(isCrossSiteRequest(post({ origin: 'http://dash.example:3000' }))).toBe(false);
  expect(isCrossSiteRequest(post({}))).toBe(false);
});

test('behind a proxy the forwarded host is the one compared', () => {
  const request = post({
    origin: 'https://dash.example.com',
    'x-forwarded-host': 'dash.example.com',
  });
  expect(isCrossSiteRequest(request)).toBe(false);
});

test('reads are never refused', () => {
  const request = new Request('http://dash.example/api/overview', {
    headers: { 'sec-fetch-site': 'cross-site' },
  });
  expect(isCrossSiteRequest(request)).toBe(false);
});
