import Link from 'next/link';
import { retryLabel, whoseSideLabel } from '@/components/reasons/explanation-text';
import type { AttemptDetailReport } from '@/lib/reports/attempt-detail';
import { hrefWith } from '@/lib/reports/report-links';

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
        <dd>{whoseSideLabel(explanation.whoseSide)}</dd>
      </div>
      <div>
        <dt>What to do</dt>
        <dd>{explanation.whatToDo}</dd>
      </div>
      <div>
        <dt>Does retrying help?</dt>
        <dd>{retryLabel(explanation.retryHelps)}</dd>
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
