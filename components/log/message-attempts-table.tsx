import Link from 'next/link';
import { STATUS_LABELS, isDeliveryStatus } from '@/lib/greenarrow/delivery-status';
import type { MessageAttempt } from '@/lib/queries/message-attempts';
import { attemptHref } from '@/components/log/attempt-log-table';
import { formatAttemptTime, viewTimeZone } from '@/lib/reports/attempt-time';

interface MessageAttemptsTableProps {
  attempts: MessageAttempt[];
  currentId: number;
  search: string;
}

/** The message's attempts in order; the one on screen is marked, the others link. */
export function MessageAttemptsTable({ attempts, currentId, search }: MessageAttemptsTableProps) {
  const timeZone = viewTimeZone(search);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Time ({timeZone})</th>
            <th scope="col">Status</th>
            <th scope="col">MX host</th>
            <th scope="col">Sending IP</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt, index) => (
            <tr key={attempt.id} aria-current={attempt.id === currentId ? 'true' : undefined}>
              <td>{index + 1}</td>
              <td className="nowrap">
                {attempt.id === currentId ? (
                  <strong>{formatAttemptTime(attempt.attemptedAt, timeZone)} (this one)</strong>
                ) : (
                  <Link href={attemptHref(attempt.id, search)}>
                    {formatAttemptTime(attempt.attemptedAt, timeZone)}
                  </Link>
                )}
              </td>
              <td>
                <span className={`status status-${attempt.status}`}>
                  {isDeliveryStatus(attempt.status)
                    ? STATUS_LABELS[attempt.status]
                    : attempt.status}
                </span>
              </td>
              <td>{attempt.mxHostname ?? '–'}</td>
              <td>{attempt.sendingIp ?? '–'}</td>
              <td className="message">{attempt.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
