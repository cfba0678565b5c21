'use client';

import type { ReactNode } from 'react';

interface QueryPanelProps {
  title: string;
  isPending: boolean;
  error: Error | null;
  isEmpty: boolean;
  empty: ReactNode;
  onRetry: () => void;
  children: ReactNode;
}

/** Loading, error (with Retry) and empty states in one place; a failed fetch never looks empty. */
export function QueryPanel({ title, isPending, error, isEmpty, empty, onRetry, children }: QueryPanelProps) {
  return (
    <section className="panel" aria-label={title} aria-busy={isPending}>
      <h2>{title}</h2>
      {isPending ? (
        <div className="skeleton" aria-hidden="true" />
      ) : error ? (
        <div role="alert" className="panel-error">
          <p>Could not load {title.toLowerCase()}: {error.message}</p>
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        </div>
      ) : isEmpty ? (
        <div className="panel-empty">{empty}</div>
      ) : (
        children
      )}
    </section>
  );
}
