import { describe, expect, test } from 'vitest';
import { CATALOGUE, PROVIDER_RULES } from '@/lib/classifier';
import { breakdownLink } from '@/components/breakdowns/breakdown-links';
import { labelRows } from '@/lib/reports/breakdown-rows';
import { fillKeyedSeries } from '@/lib/reports/keyed-series';
import {
  formatChange,
  formatRateChange,
  periodChange,
  previousRange,
} from '@/lib/reports/period-change';
import { catalogueRows, ruleRows, strayReasons } from '@/lib/reports/reason-catalogue';
import { reasonInfo, reasonLabel } from '@/lib/reports/reason-info';
import { narrowStatuses } from '@/lib/reports/status-sets';

const hour = (h: number) => new Date(Date.UTC(2026, 11, 1, h));

describe('keyed series', () => {
  test('fills every bucket with zeros and drops keys not asked for', () => {
    const rows = [
      { bucket: hour(1), key: 'a', attempts: 2 },
      { bucket: hour(1), key: 'b', attempts: 1 },
      { bucket: hour(2), key: 'zzz', attempts: 9 },
    ];
    const points = fillKeyedSeries(rows, ['a', 'b'], {
      from: hour(0),
      to: hour(3),
      bucket: 'hour',
    });
    expect(points).toEqual([
      { bucket: hour(0).toISOString(), values: { a: 0, b: 0 } },
      { bucket: hour(1).toISOString(), values: { a: 2, b: 1 } },
      { bucket: hour(2).toISOString(), values: { a: 0, b: 0 } },
    ]);
  });
});

describe('period change', () => {
  test('the previous period has the same length and ends where this one starts', () => {
    expect(previousRange({ from: hour(6), to: hour(12), bucket: 'hour' })).toEqual({
      from: hour(0),
      to: hour(6),
      bucket: 'hour',
    });
  });

  test('changes read as signed counts and percentages', () => {
    expect(periodChange(15, 10)).toEqual({ delta: 5, ratio: 0.5 });
    expect(formatChange(15, 10)).toBe('+5 (+50.0 %)');
    expect(formatChange(3, 4)).toBe('−1 (−25.0 %)');
    expect(formatChange(4, 0)).toBe('+4 (new)');
    expect(formatChange(2, 2)).toBe('no change');
    expect(formatRateChange(0.25, 0.1)).toBe('+15.0 pt');
    expect(formatRateChange(null, 0.1)).toBe('');
  });

  test('a status filter narrows a status set, never widens it', () => {
    expect(narrowStatuses(['failure', 'failure_toolong'])).toEqual(['failure', 'failure_toolong']);
    expect(narrowStatuses(['failure', 'failure_toolong'], ['failure_toolong', 'success'])).toEqual([
      'failure_toolong',
    ]);
    expect(narrowStatuses(['deferral'], ['success'])).toEqual([]);
  });
});

describe('reason catalogue', () => {
  test('every entry and rule is listed, with zero where nothing happened', () => {
    const counts = [{ value: 'greylisted', attempts: 4 }];
    const rules = ruleRows(counts);
    expect(rules).toHaveLength(PROVIDER_RULES.length);
    expect(rules.find((rule) => rule.id === 'greylisted')?.attempts).toBe(4);
    expect(rules.filter((rule) => rule.attempts === 0)).toHaveLength(PROVIDER_RULES.length - 1);
    expect(catalogueRows([])).toHaveLength(CATALOGUE.length);
  });

  test('reason ids read as titles, unknown ones stay as they are', () => {
    expect(reasonLabel('gmail-rate-limited')).toBe('Gmail rate limited');
    expect(reasonLabel('')).toBe('(none)');
    expect(reasonInfo('unrecognised')?.kind).toBe('unrecognised');
    expect(reasonInfo('no-such-reason')).toBeNull();
    expect(strayReasons(labelRows('reason', [{ value: 'old-rule', attempts: 2 }]))).toEqual([
      { value: 'old-rule', label: 'old-rule', attempts: 2 },
    ]);
  });
});

describe('breakdown links', () => {
  const row = (value: string) => ({ value, label: value, attempts: 1 });
  test('reasons and domains open their pages; other values filter this page', () => {
    const search = 'range=7d&status=deferral';
    expect(breakdownLink('/deferrals', search, 'reason', row('greylisted'))).toBe(
      '/reasons/greylisted?range=7d&status=deferral',
    );
    expect(breakdownLink('/deferrals', search, 'domain', row('gmail.com'))).toBe(
      '/domains/gmail.com?range=7d&status=deferral',
    );
    expect(breakdownLink('/deferrals', search, 'smtpCode', row('421'))).toBe(
      '/deferrals?range=7d&status=deferral&smtpCode=421',
    );
    expect(breakdownLink('/deferrals', search, 'provider', row(''))).toBeNull();
  });
});
