import 'server-only';
import {
  CATEGORIES,
  categoryInfo,
  explainClassification,
  type Category,
  type Classification,
  type Explanation,
} from '@/lib/classifier';
import { getReportDatabase } from '@/lib/db/client';
import { queryAttemptById, type StoredAttempt } from '@/lib/queries/attempt-by-id';
import { queryMessageAttempts, type MessageAttempt } from '@/lib/queries/message-attempts';

export interface AttemptDetailReport {
  attempt: Omit<StoredAttempt, 'raw'>;
  categoryLabel: string | null;
  explanation: Explanation;
  /** The raw event as GreenArrow sent it, pretty-printed: shown as text only. */
  rawJson: string;
  /** Every attempt of the same message (msguid), this one included. */
  messageAttempts: MessageAttempt[];
}

const MESSAGE_ATTEMPTS_LIMIT = 200;
const CATEGORY_IDS: ReadonlySet<string> = new Set(CATEGORIES.map((category) => category.id));

/** One attempt with its explanation and its message's other attempts, or null. */
export async function attemptDetailReport(id: number): Promise<AttemptDetailReport | null> {
  const database = await getReportDatabase();
  const stored = await queryAttemptById(database, id);
  if (stored === null) return null;
  const { raw, ...attempt } = stored;
  const messageAttempts =
    attempt.msguid === null
      ? []
      : await queryMessageAttempts(database, attempt.msguid, MESSAGE_ATTEMPTS_LIMIT);
  const category = categoryOf(attempt.category);
  return {
    attempt,
    categoryLabel: attempt.category === null ? null : categoryInfo(category).label,
    explanation: explainClassification(classificationOf(attempt, category)),
    rawJson: JSON.stringify(raw, null, 2),
    messageAttempts: messageAttempts.length > 0 ? messageAttempts : [summaryOf(attempt)],
  };
}

function categoryOf(value: string | null): Category {
  return value !== null && CATEGORY_IDS.has(value) ? (value as Category) : 'other';
}

function classificationOf(attempt: Omit<StoredAttempt, 'raw'>, category: Category): Classification {
  return {
    catalogueEntry: attempt.catalogueEntry,
    rule: attempt.rule,
    reason: attempt.reason ?? '',
    category,
    provider: attempt.provider,
    smtpCode: attempt.smtpCode,
    enhancedCode: attempt.enhancedCode,
    remoteReply: null,
    fingerprint: attempt.fingerprint ?? '',
  };
}

function summaryOf(attempt: Omit<StoredAttempt, 'raw'>): MessageAttempt {
  const { id, attemptedAt, status, isRetry, mxHostname, sendingIp, message } = attempt;
  return { id, attemptedAt, status, isRetry, mxHostname, sendingIp, message };
}
