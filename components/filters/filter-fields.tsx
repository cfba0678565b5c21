'use client';

import { useMemo, type FormEvent } from 'react';
import type { ReportSearch } from '@/components/filters/use-report-search';
import { CATEGORIES } from '@/lib/classifier/categories';
import {
  DELIVERY_STATUSES,
  STATUS_LABELS,
  type DeliveryStatus,
} from '@/lib/greenarrow/delivery-status';
import type { FilterName } from '@/lib/reports/report-links';

const TEXT_FIELDS = [
  { name: 'domain', label: 'Domain', placeholder: 'gmail.com' },
  { name: 'sendingIp', label: 'Sending IP', placeholder: '192.0.2.10' },
  { name: 'virtualMta', label: 'VirtualMTA', placeholder: 'vmta-1' },
  { name: 'sendId', label: 'Send id', placeholder: 'newsletter-42' },
] as const satisfies readonly { name: FilterName; label: string; placeholder: string }[];

const FORM_FIELDS = ['tz', 'category', ...TEXT_FIELDS.map((field) => field.name)];

interface FilterFieldsProps {
  search: ReportSearch;
  hidden: readonly FilterName[];
}

/** Free-text and list filters, applied together with Enter or the Apply button. */
export function FilterFields({ search, hidden }: FilterFieldsProps) {
  const { params, update } = search;
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const changes: Record<string, string | null> = {};
    for (const name of FORM_FIELDS) {
      if (form.has(name)) changes[name] = String(form.get(name)).trim() || null;
    }
    if (changes.tz === 'UTC') changes.tz = null;
    update(changes);
  };
  return (
    <form className="filter-fields" onSubmit={apply} key={params.toString()}>
      {TEXT_FIELDS.filter((field) => !hidden.includes(field.name)).map((field) => (
        <label key={field.name}>
          {field.label}
          <input
            name={field.name}
            defaultValue={params.get(field.name) ?? ''}
            placeholder={field.placeholder}
          />
        </label>
      ))}
      {!hidden.includes('category') && (
        <label>
          Category
          <select name="category" defaultValue={params.get('category') ?? ''}>
            <option value="">Any</option>
            {CATEGORIES.map((category) => (
              <option key={category.id} value={category.id}>
                {category.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Time zone
        <input name="tz" list="time-zones" defaultValue={params.get('tz') ?? 'UTC'} />
        <datalist id="time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </label>
      <button type="submit">Apply filters</button>
    </form>
  );
}

/** Status toggles: several may be on; none means every status. */
export function StatusToggles({
  search,
  statuses = DELIVERY_STATUSES,
}: {
  search: ReportSearch;
  statuses?: readonly DeliveryStatus[];
}) {
  const selected = (search.params.get('status') ?? '').split(',').filter(Boolean);
  const toggle = (status: DeliveryStatus) => {
    const next = selected.includes(status)
      ? selected.filter((s) => s !== status)
      : [...selected, status];
    const ordered = DELIVERY_STATUSES.filter((s) => next.includes(s));
    search.update({ status: ordered.join(',') || null });
  };
  return (
    <div role="group" aria-label="Status" className="status-toggles">
      <span className="group-label" aria-hidden="true">
        Status
      </span>
      {statuses.map((status) => (
        <button
          key={status}
          type="button"
          className={`status-toggle status-${status}`}
          aria-pressed={selected.includes(status)}
          onClick={() => toggle(status)}
        >
          {STATUS_LABELS[status]}
        </button>
      ))}
    </div>
  );
}
