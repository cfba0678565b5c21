import { STATUS_LABELS, isDeliveryStatus } from '@/lib/greenarrow/delivery-status';
import type { LatestAttempt } from '@/lib/queries/latest-attempts';

// Remote replies are attacker-controlled: they are rendered as React text only.
export function LatestAttemptsTable({ attempts }: { attempts: LatestAttempt[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Time (UTC)</th>
            <th scope="col">Status</th>
            <th scope="col">Recipient domain</th>
            <th scope="col">Sending IP</th>
            <th scope="col">Category</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => (
            <tr key={attempt.id}>
              <td className="nowrap">{attempt.attemptedAt.replace('T', ' ').slice(0, 19)}</td>
              <td>
                <span className={`status status-${attempt.status}`}>
                  {isDeliveryStatus(attempt.status)
                    ? STATUS_LABELS[attempt.status]
                    : attempt.status}
                </span>
              </td>
              <td>{attempt.recipientDomain}</td>
              <td>{attempt.sendingIp ?? '–'}</td>
              <td>{attempt.category ?? '–'}</td>
              <td className="message">{attempt.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
