import { describe, expect, test } from 'vitest';
import { bucketStarts, truncationZone } from '@/lib/reports/bucket-starts';

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('bucketStarts', () => {
  test('hours are whole UTC hours from the one holding `from`', () => {
    const starts = bucketStarts(
      new Date('2026-12-01T10:30:00Z'),
      new Date('2026-12-01T13:00:00Z'),
      'hour',
      'America/New_York',
    );
    expect(iso(starts)).toEqual([
      '2026-12-01T10:00:00.000Z',
      '2026-12-01T11:00:00.000Z',
      '2026-12-01T12:00:00.000Z',
    ]);
  });

  test('days start at midnight in the view’s zone', () => {
    const starts = bucketStarts(
      new Date('2026-11-30T03:00:00Z'),
      new Date('2026-12-02T06:00:00Z'),
      'day',
      'America/New_York',
    );
    // 03:00 UTC on the 30th is still the 29th in New York (UTC-5).
    expect(iso(starts)).toEqual([
      '2026-11-29T05:00:00.000Z',
      '2026-11-30T05:00:00.000Z',
      '2026-12-01T05:00:00.000Z',
      '2026-12-02T05:00:00.000Z',
    ]);
  });

  test('a daylight-saving change makes a 23-hour day', () => {
    const starts = bucketStarts(
      new Date('2026-03-28T00:00:00Z'),
      new Date('2026-03-30T12:00:00Z'),
      'day',
      'Europe/Berlin',
    );
    expect(iso(starts)).toEqual([
      '2026-03-27T23:00:00.000Z',
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ]);
  });

  test('UTC days are UTC midnights', () => {
    const starts = bucketStarts(
      new Date('2026-12-01T00:00:00Z'),
      new Date('2026-12-03T00:00:00Z'),
      'day',
      'UTC',
    );
    expect(iso(starts)).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-02T00:00:00.000Z']);
  });

  test('hours truncate in UTC, days in the view’s zone', () => {
    expect(truncationZone('hour', 'Asia/Tokyo')).toBe('UTC');
    expect(truncationZone('day', 'Asia/Tokyo')).toBe('Asia/Tokyo');
  });
});

test('where midnight is not a whole UTC hour, a day starts at the first whole hour after it', () => {
  const starts = bucketStarts(
    new Date('2026-12-01T00:00:00Z'),
    new Date('2026-12-03T00:00:00Z'),
    'day',
    'Asia/Kolkata',
  );
  // Midnight in India is 18:30 UTC; the rollups count by UTC hour, so days start at 19:00.
  expect(iso(starts)).toEqual([
    '2026-11-30T19:00:00.000Z',
    '2026-12-01T19:00:00.000Z',
    '2026-12-02T19:00:00.000Z',
  ]);
});
