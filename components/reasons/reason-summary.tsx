import { formatCount } from '@/components/charts/chart-format';
import { retryLabel, whoseSideLabel } from '@/components/reasons/explanation-text';
import { DELIVERY_STATUSES, STATUS_LABELS } from '@/lib/greenarrow/delivery-status';
import { formatChange } from '@/lib/reports/period-change';
import type { ReasonDetailReport } from '@/lib/reports/reason-detail';

const KIND_LABELS = {
  rule: 'Provider rule',
  catalogue: 'GreenArrow message',
  local: 'GreenArrow local delivery',
  unrecognised: 'Not recognised',
} as const;

/** The plain-language explanation of one reason and its count against the period before. */
export function ReasonSummary({ report }: { report: ReasonDetailReport }) {
  const { reason, totals, previousTotals } = report;
  const total = DELIVERY_STATUSES.reduce((sum, status) => sum + totals[status], 0);
  const previous = DELIVERY_STATUSES.reduce((sum, status) => sum + previousTotals[status], 0);
  const seen = DELIVERY_STATUSES.filter((status) => totals[status] > 0);
  return (
    <div className="reason-summary">
      <p className="reason-kind">
        {KIND_LABELS[reason.kind]}
        {reason.provider && ` · ${reason.provider}`}
        {reason.categoryLabel && ` · ${reason.categoryLabel}`} · <code>{reason.id}</code>
      </p>
      <dl className="explanation-grid">
        <dt>What happened</dt>
        <dd>{reason.whatHappened}</dd>
        <dt>Whose side</dt>
        <dd>{whoseSideLabel(reason.whoseSide)}</dd>
        <dt>What to do</dt>
        <dd>{reason.whatToDo}</dd>
        <dt>Can retrying help?</dt>
        <dd>{retryLabel(reason.retryHelps)}</dd>
        <dt>Attempts</dt>
        <dd>
          <strong data-testid="reason-total">{formatCount(total)}</strong>{' '}
          <span className="change">{formatChange(total, previous)} against the period before</span>
          {seen.length > 0 && (
            <span className="row-id">
              {seen
                .map((status) => `${STATUS_LABELS[status]} ${formatCount(totals[status])}`)
                .join(' · ')}
            </span>
          )}
        </dd>
      </dl>
    </div>
  );
}

/** The GreenArrow templates the reason's attempts came in. */
export function ReasonTemplates({ report }: { report: ReasonDetailReport }) {
  const { reason, templates } = report;
  if (reason.template) {
    return (
      <p>
        <code className="template">{reason.template}</code>
      </p>
    );
  }
  if (templates.length === 0) {
    return <p className="panel-empty">No GreenArrow message recognised around these replies.</p>;
  }
  return (
    <ul className="template-list">
      {templates.map((template) => (
        <li key={template.id}>
          <code className="template">{template.template}</code>{' '}
          <span className="row-id">
            {template.id} · {formatCount(template.attempts)}{' '}
            {template.attempts === 1 ? 'attempt' : 'attempts'}
          </span>
        </li>
      ))}
    </ul>
  );
}
