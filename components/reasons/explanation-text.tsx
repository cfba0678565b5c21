import type { Explanation } from '@/lib/classifier';

const WHOSE_SIDE: Record<Explanation['whoseSide'], string> = {
  'our-configuration': 'Our configuration',
  'our-reputation': 'Our sending reputation',
  'recipient-server': 'The recipient’s server',
  dns: 'DNS',
  network: 'The network',
  'greenarrow-internal': 'GreenArrow itself',
  'recipient-address': 'The recipient address',
  'message-content': 'The message content',
  none: 'Nobody',
};

const RETRY: Record<Explanation['retryHelps'], string> = { yes: 'Yes', no: 'No', maybe: 'Maybe' };

export function whoseSideLabel(side: Explanation['whoseSide']): string {
  return WHOSE_SIDE[side] ?? side;
}

export function retryLabel(retry: Explanation['retryHelps']): string {
  return RETRY[retry] ?? retry;
}

/** The four parts of a plain explanation, compact enough for a table cell. */
export function ExplanationText({ explanation }: { explanation: Explanation }) {
  return (
    <div className="explanation">
      <p>{explanation.whatHappened}</p>
      <p className="explanation-meta">
        <span>Whose side: {whoseSideLabel(explanation.whoseSide)}</span>
        <span>Retrying helps: {retryLabel(explanation.retryHelps)}</span>
      </p>
      <p className="explanation-todo">{explanation.whatToDo}</p>
    </div>
  );
}
