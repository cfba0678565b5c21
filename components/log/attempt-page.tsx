'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useAttemptQuery } from '@/components/hooks/use-attempt-query';
import { AttemptExplanation } from '@/components/log/attempt-explanation';
import { AttemptFields } from '@/components/log/attempt-fields';
import { MessageAttemptsTable } from '@/components/log/message-attempts-table';
import { QueryPanel } from '@/components/query-panel';
import { ApiRequestError } from '@/lib/client/api-fetch';
import { STATUS_LABELS, isDeliveryStatus } from '@/lib/greenarrow/delivery-status';

export function AttemptPage({ id }: { id: string }) {
  const search = useSearchParams().toString();
  const attempt = useAttemptQuery(id);
  const report = attempt.data;
  const panel = {
    isPending: attempt.isPending,
    error: attempt.error,
    isEmpty: false,
    empty: null,
    onRetry: () => void attempt.refetch(),
  };
  const status = report?.attempt.status ?? '';
  if (attempt.error instanceof ApiRequestError && attempt.error.status === 404) {
    return (
      <>
        <div className="toolbar">
          <h1>Attempt {id}</h1>
          <Link href={search ? `/events?${search}` : '/events'}>← Back to the log</Link>
        </div>
        <p className="empty" data-testid="attempt-not-found">
          No attempt {id} is stored. Attempts are kept for RAW_RETENTION_DAYS (30 days unless
          set otherwise), so an older one has been pruned; its counts stay in the reports.
        </p>
      </>
    );
  }
  return (
    <>
      <div className="toolbar">
        <h1>
          Attempt {id}{' '}
          {report && (
            <span className={`status status-${status}`}>
              {isDeliveryStatus(status) ? STATUS_LABELS[status] : status}
            </span>
          )}
        </h1>
        <Link href={search ? `/events?${search}` : '/events'}>← Back to the log</Link>
      </div>
      <QueryPanel title="Explanation" {...panel}>
        {report && <AttemptExplanation report={report} search={search} />}
      </QueryPanel>
      <QueryPanel title="GreenArrow message" {...panel}>
        {report && <pre className="raw-text">{report.attempt.message ?? '(no message)'}</pre>}
      </QueryPanel>
      <QueryPanel title="Attempt details" {...panel}>
        {report && <AttemptFields attempt={report.attempt} search={search} />}
      </QueryPanel>
      <QueryPanel title="Attempts of this message" {...panel}>
        {report && (
          <MessageAttemptsTable
            attempts={report.messageAttempts}
            currentId={report.attempt.id}
            search={search}
          />
        )}
      </QueryPanel>
      <QueryPanel title="Raw event" {...panel}>
        {report && <pre className="raw-text raw-json">{report.rawJson}</pre>}
      </QueryPanel>
    </>
  );
}
