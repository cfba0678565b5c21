import { describe, expect, test } from 'vitest';
import {
  activeFilters,
  hrefWith,
  reportSearch,
  withFilter,
  withoutFilter,
} from '@/lib/reports/report-links';
import { isoToZonedLocal, zonedLocalToIso } from '@/lib/reports/zoned-time';

describe('report links', () => {
  test('reportSearch keeps only report parameters, in a fixed order', () => {
    expect(reportSearch('live=1&domain=gmail.com&range=7d&junk=x&tz=Europe%2FBerlin')).toBe(
      'range=7d&tz=Europe%2FBerlin&domain=gmail.com',
    );
  });

  test('withFilter adds or replaces one filter and keeps the rest', () => {
    expect(withFilter('range=7d&live=1', 'domain', 'gmail.com')).toBe(
      'range=7d&live=1&domain=gmail.com',
    );
    expect(withFilter('domain=a.com', 'domain', 'b.com')).toBe('domain=b.com');
    expect(withoutFilter('domain=a.com&range=1h', 'domain')).toBe('range=1h');
  });

  test('hrefWith links to another page with the view and extra filters, not the live flag', () => {
    expect(hrefWith('/reasons/x', 'range=3d&live=1&status=deferral', { domain: 'gmail.com' })).toBe(
      '/reasons/x?range=3d&status=deferral&domain=gmail.com',
    );
    expect(hrefWith('/failures', '')).toBe('/failures');
  });

  test('activeFilters lists the set filters with their labels', () => {
    expect(activeFilters('range=1h&sendingIp=192.0.2.1&smtpCode=421')).toEqual([
      { name: 'sendingIp', label: 'Sending IP', value: '192.0.2.1' },
      { name: 'smtpCode', label: 'SMTP code', value: '421' },
    ]);
  });
});

describe('zoned time', () => {
  test('a wall-clock time in a zone becomes the right instant, in winter and summer', () => {
    expect(zonedLocalToIso('2026-12-03T10:00', 'Europe/Berlin')).toBe('2026-12-03T09:00:00.000Z');
    expect(zonedLocalToIso('2026-07-01T10:00', 'Europe/Berlin')).toBe('2026-07-01T08:00:00.000Z');
    expect(zonedLocalToIso('2026-12-03T10:00', 'UTC')).toBe('2026-12-03T10:00:00.000Z');
    expect(zonedLocalToIso('not a time', 'UTC')).toBeNull();
  });

  test('an instant is shown as the wall-clock time of the zone', () => {
    expect(isoToZonedLocal('2026-12-03T09:00:00.000Z', 'Europe/Berlin')).toBe('2026-12-03T10:00');
    expect(isoToZonedLocal('2026-12-03T09:00:00.000Z', 'America/New_York')).toBe(
      '2026-12-03T04:00',
    );
  });
});
