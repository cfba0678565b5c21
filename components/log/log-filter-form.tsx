'use client';

import type { FormEvent } from 'react';
import type { ReportSearch } from '@/components/filters/use-report-search';

const FIELDS = [
  { name: 'recipient', label: 'Recipient', placeholder: 'someone@example.com', type: 'text' },
  { name: 'sender', label: 'Sender', placeholder: 'bounce@…', type: 'text' },
  { name: 'q', label: 'Message contains', placeholder: 'e.g. 5.7.1 or spamhaus', type: 'search' },
] as const;

/** The log's own filters; the shared bar holds the others. */
export function LogFilterForm({ view }: { view: ReportSearch }) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const changes: Record<string, string | null> = { cursor: null };
    for (const field of FIELDS)
      changes[field.name] = String(form.get(field.name) ?? '').trim() || null;
    view.update(changes);
  };
  const key = FIELDS.map((field) => view.params.get(field.name) ?? '').join('|');
  return (
    <form
      className="log-filters"
      onSubmit={submit}
      key={key}
      role="search"
      aria-label="Log filters"
    >
      {FIELDS.map((field) => (
        <label key={field.name}>
          {field.label}
          <input
            name={field.name}
            type={field.type}
            placeholder={field.placeholder}
            defaultValue={view.params.get(field.name) ?? ''}
            minLength={field.name === 'q' ? 2 : undefined}
          />
        </label>
      ))}
      <button type="submit">Search</button>
    </form>
  );
}
