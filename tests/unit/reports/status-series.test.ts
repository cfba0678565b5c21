import { expect, test } from 'vitest';
import { resolveRange } from '@/lib/reports/report-range';
import { fillStatusSeries } from '@/lib/reports/status-series';

const at = (iso: string) => new Date(iso);

test('gaps are filled with zeros, one point per hour', () => {
  const points = fillStatusSeries(
    [
      { bucket: at('2026-12-01T01:00:00Z'), status: 'success', attempts: 5 },
      { bucket: at('2026-12-01T01:00:00Z'), status: 'deferral', attempts: 2 },
      { bucket: at('2026-12-01T03:00:00Z'), status: 'failure', attempts: 1 },
    ],
    at('2026-12-01T00:00:00Z'),
    at('2026-12-01T04:00:00Z'),
    'hour',
  );
  expect(points.map((point) => point.bucket)).toEqual([
    '2026-12-01T00:00:00.000Z',
    '2026-12-01T01:00:00.000Z',
    '2026-12-01T02:00:00.000Z',
    '2026-12-01T03:00:00.000Z',
  ]);
  expect(points[1]).toMatchObject({ success: 5, deferral: 2, failure: 0 });
  expect(points[3]).toMatchObject({ failure: 1, success: 0 });
  expect(points[0]).toMatchObject({ success: 0, deferral: 0, failure: 0, failure_toolong: 0, connmaxout: 0 });
});

test('presets end now, to the minute, and pick a bucket size that fits', () => {
  const now = at('2026-12-03T10:42:37Z');
  expect(resolveRange({ range: '24h' }, now)).toEqual({
    from: at('2026-12-02T10:43:00Z'),
    to: at('2026-12-03T10:43:00Z'),
    bucket: 'hour',
  });
  expect(resolveRange({ range: '30d' }, now).bucket).toBe('day');
  expect(resolveRange({}, now).from).toEqual(at('2026-12-02T10:43:00Z'));
});

test('fixed bounds win and must be ordered', () => {
  const range = resolveRange({ range: '7d', from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' });
  expect(range).toEqual({ from: at('2026-11-01T00:00:00Z'), to: at('2026-11-02T00:00:00Z'), bucket: 'hour' });
  expect(() => resolveRange({ from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' })).toThrow(/before/);
});
