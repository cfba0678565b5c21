'use client';

import { useState, type FormEvent } from 'react';
import type { ReportSearch } from '@/components/filters/use-report-search';
import { RANGE_PRESETS } from '@/lib/reports/report-range';
import { isoToZonedLocal, zonedLocalToIso } from '@/lib/reports/zoned-time';

const PRESETS = Object.keys(RANGE_PRESETS);

/** Preset buttons and a custom from/to range, read in the view's time zone. */
export function RangeControls({ search }: { search: ReportSearch }) {
  const { params, update } = search;
  const timeZone = params.get('tz') ?? 'UTC';
  const from = params.get('from');
  const to = params.get('to');
  const custom = Boolean(from && to);
  const range = custom ? null : (params.get('range') ?? '24h');
  const [error, setError] = useState<string | null>(null);

  const applyCustom = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const nextFrom = zonedLocalToIso(String(form.get('from') ?? ''), timeZone);
    const nextTo = zonedLocalToIso(String(form.get('to') ?? ''), timeZone);
    if (!nextFrom || !nextTo) return setError('Give both a start and an end.');
    if (nextFrom >= nextTo) return setError('The start must be before the end.');
    setError(null);
    update({ from: nextFrom, to: nextTo, range: null });
  };

  return (
    <div className="range-controls">
      <div role="group" aria-label="Time range" className="range-picker">
        {PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            aria-pressed={preset === range}
            onClick={() => update({ range: preset, from: null, to: null })}
          >
            {preset}
          </button>
        ))}
      </div>
      <form className="custom-range" onSubmit={applyCustom} key={`${from}-${to}-${timeZone}`}>
        <label>
          From
          <input
            type="datetime-local"
            name="from"
            defaultValue={from ? isoToZonedLocal(from, timeZone) : ''}
          />
        </label>
        <label>
          To
          <input
            type="datetime-local"
            name="to"
            defaultValue={to ? isoToZonedLocal(to, timeZone) : ''}
          />
        </label>
        <button type="submit" aria-pressed={custom}>
          Apply range
        </button>
        {error && (
          <span role="alert" className="field-error">
            {error}
          </span>
        )}
      </form>
    </div>
  );
}
