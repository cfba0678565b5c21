import Link from 'next/link';
import type { AttemptDetailReport } from '@/lib/reports/attempt-detail';
import { hrefWith } from '@/lib/reports/report-links';

const WHOSE_SIDE: Record<string, string> = {
  'our-configuration': 'Our configuration',
  'our-reputation': 'Our sending reputation',
  'recipient-server': 'The recipient’s server',
  dns: 'DNS',
  network: 'The network',
  'greenarrow-internal': 'GreenArrow itself',
  'recipient-address': 'The recipient address',
  'message-content': 'The message content',
  none: 'Nobody: it worked',
};

const RETRY_HELPS: Record<string, string> = { yes: 'Yes', no: 'No', maybe: 'Maybe' };

export function AttemptExplanation({
  report,
  search,
}: {
  report: AttemptDetailReport;
  search: string;
}) {
  const { attempt, explanation } = report;
  return (
    <dl className="attempt-explanation">
      <div>
        <dt>What happened</dt>
        <dd>{explanation.whatHappened}</dd>
      </div>
      <div>
        <dt>Whose side</dt>
        <dd>{WHOSE_SIDE[explanation.whoseSide] ?? explanation.whoseSide}</dd>
      </div>
      <div>
        <dt>What to do</dt>
        <dd>{explanation.whatToDo}</dd>
      </div>
      <div>
        <dt>Does retrying help?</dt>
        <dd>{RETRY_HELPS[explanation.retryHelps] ?? explanation.retryHelps}</dd>
      </div>
      <div>
        <dt>Category / reason</dt>
        <dd>
          {report.categoryLabel ?? '–'}
          {attempt.reason && (
            <>
              {' · '}
              <Link href={hrefWith(`/reasons/${encodeURIComponent(attempt.reason)}`, search)}>
                {attempt.reason}
              </Link>
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
