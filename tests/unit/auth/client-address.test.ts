import { expect, test } from 'vitest';
import { clientAddress } from '@/lib/auth/client-address';

const request = (forwarded?: string) =>
  new Request('http://localhost/', { headers: forwarded ? { 'x-forwarded-for': forwarded } : {} });

test('with one proxy the address it saw is the last entry, whatever the client sent', () => {
  expect(clientAddress(request('198.51.100.7'), 1)).toBe('198.51.100.7');
  expect(clientAddress(request('203.0.113.66, 198.51.100.7'), 1)).toBe('198.51.100.7');
});

test('with two proxies the client is the second entry from the right', () => {
  expect(clientAddress(request('203.0.113.66, 198.51.100.7, 10.0.0.2'), 2)).toBe('198.51.100.7');
});

test('without the header the address is unknown (one shared bucket)', () => {
  expect(clientAddress(request(), 1)).toBe('unknown');
});
