import { describe, expect, test } from 'vitest';
import { formatDuration } from '@/lib/reports/duration-format';
import { formatRate, rateSeries, ratesOf } from '@/lib/reports/domain-rates';
import { fillIngestSeries, ingestStepFor, sumIngestCounts } from '@/lib/reports/ingest-series';
import { domainFromSegment } from '@/lib/reports/domain-param';

describe('domain rates', () => {
  test('shares of all attempts, failure including expiry', () => {
    const rates = ratesOf({
      success: 6,
      deferral: 2,
      failure: 1,
      failure_toolong: 1,
      connmaxout: 0,
    });
    expect(rates).toEqual({
      attempts: 10,
      acceptance: 0.6,
      deferral: 0.2,
      failure: 0.2,
      connmaxout: 0,
    });
    expect(formatRate(rates.acceptance)).toBe('60.0 %');
  });

  test('an empty bucket has no rate rather than 0 %', () => {
    const [point] = rateSeries([
      {
        bucket: '2025-12-03T08:00:00.000Z',
        success: 0,
        deferral: 0,
        failure: 0,
        failure_toolong: 0,
        connmaxout: 0,
      },
    ]);
    expect(point).toMatchObject({ attempts: 0, acceptance: null, failure: null });
    expect(formatRate(null)).toBe('–');
  });
});

describe('durations', () => {
  test.each([
    [null, '–'],
    [0.25, '250 ms'],
    [4.26, '4.3 s'],
    [42.4, '42 s'],
    [60, '1 min'],
    [185, '3 min 5 s'],
    [7_800, '2 h 10 min'],
    [273_600, '3 d 4 h'],
    [86_405, '1 d'],
  ])('%s seconds read as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('ingestion series', () => {
  const from = new Date('2025-12-03T08:00:00Z');
  const to = new Date('2025-12-03T08:05:00Z');

  test('one point per minute, zeros where nothing arrived', () => {
    const row = {
      bucket: new Date('2025-12-03T08:02:00Z'),
      batches: 2,
      stored: 5,
      duplicates: 1,
      other: 0,
      rejected: 1,
    };
    const series = fillIngestSeries([row], from, to, 'minute');
    expect(series.map((point) => point.stored)).toEqual([0, 0, 5, 0, 0]);
    expect(series[2]?.bucket).toBe('2025-12-03T08:02:00.000Z');
    expect(sumIngestCounts(series)).toEqual({
      batches: 2,
      stored: 5,
      duplicates: 1,
      other: 0,
      rejected: 1,
    });
  });

  test('minutes up to a day, hours beyond', () => {
    expect(ingestStepFor(from, new Date(from.getTime() + 86_400_000))).toBe('minute');
    expect(ingestStepFor(from, new Date(from.getTime() + 86_400_001))).toBe('hour');
  });
});

describe('domain path segment', () => {
  test('is decoded, trimmed and lower-cased; nonsense is refused', () => {
    expect(domainFromSegment('Mail.Example.ORG')).toBe('mail.example.org');
    expect(domainFromSegment('b%C3%BCcher.example')).toBe('bücher.example');
    expect(domainFromSegment('%E0%A4%A')).toBeNull();
    expect(domainFromSegment('%20')).toBeNull();
  });
});
