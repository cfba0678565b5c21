import { expect, test } from 'vitest';
import { rangeParts } from '@/lib/queries/rollup-source';

// RAW_RETENTION_DAYS is its default here: 30.
const at = (iso: string) => new Date(iso);
const NOW = at('2026-12-03T14:25:00Z');

test('minutes at both ends come from the attempts, whole hours from the rollups', () => {
  expect(rangeParts({ from: at('2026-12-02T14:25:00Z'), to: at('2026-12-03T14:25:00Z') }, NOW)).toEqual({
    head: [at('2026-12-02T14:25:00Z'), at('2026-12-02T15:00:00Z')],
    hours: [at('2026-12-02T15:00:00Z'), at('2026-12-03T14:00:00Z')],
    tail: [at('2026-12-03T14:00:00Z'), at('2026-12-03T14:25:00Z')],
  });
});

test('whole-hour bounds need no attempts', () => {
  expect(rangeParts({ from: at('2026-12-01T00:00:00Z'), to: at('2026-12-02T00:00:00Z') }, NOW)).toEqual({
    head: null,
    hours: [at('2026-12-01T00:00:00Z'), at('2026-12-02T00:00:00Z')],
    tail: null,
  });
});

test('a range inside one hour is all attempts', () => {
  expect(rangeParts({ from: at('2026-12-03T13:30:00Z'), to: at('2026-12-03T13:50:00Z') }, NOW)).toEqual({
    head: [at('2026-12-03T13:30:00Z'), at('2026-12-03T13:50:00Z')],
    hours: null,
    tail: null,
  });
});

test('past the raw retention the ends widen to their whole hours', () => {
  expect(rangeParts({ from: at('2026-09-01T10:20:00Z'), to: at('2026-09-02T10:20:00Z') }, NOW)).toEqual({
    head: null,
    hours: [at('2026-09-01T10:00:00Z'), at('2026-09-02T11:00:00Z')],
    tail: null,
  });
  expect(rangeParts({ from: at('2026-09-01T10:20:00Z'), to: at('2026-09-01T10:40:00Z') }, NOW)).toEqual({
    head: null,
    hours: [at('2026-09-01T10:00:00Z'), at('2026-09-01T11:00:00Z')],
    tail: null,
  });
});
