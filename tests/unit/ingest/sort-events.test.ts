import { expect, test } from 'vitest';
import { sortEvents, sortOneEvent } from '@/lib/ingest/sort-events';
import { deliveryAttempt, otherEvent } from '../../support/sample-events';

test('one event sorts as it would inside a batch', () => {
  const attempt = deliveryAttempt();
  const bounce = otherEvent('bounce_all');
  const untyped = { event_unique_id: 'no-type' };
  const batch = sortEvents([attempt, bounce, untyped]);
  expect(sortOneEvent(attempt)).toEqual({ kind: 'attempt', event: batch.attempts[0] });
  expect(sortOneEvent(bounce)).toEqual({ kind: 'other', event: batch.others[0] });
  expect(sortOneEvent(untyped)).toEqual({ kind: 'rejected', event: batch.rejected[0] });
});

test('an item that is not an object is rejected, and never counted as a repeat', () => {
  expect(sortOneEvent('text')).toMatchObject({
    kind: 'rejected',
    event: { eventType: null, reason: 'event: not a JSON object', raw: 'text' },
  });
  const batch = sortEvents(['text', 'text', null]);
  expect(batch.rejected).toHaveLength(3);
  expect(batch.repeatedInBatch).toBe(0);
});

test('a batch keeps the first of events with the same key', () => {
  const attempt = deliveryAttempt();
  const batch = sortEvents([attempt, { ...attempt, status: 'deferral' }, { event_unique_id: 'x' }]);
  expect(batch.attempts.map((sorted) => sorted.attempt.status)).toEqual(['success']);
  expect(batch.rejected).toHaveLength(1);
  expect(batch.repeatedInBatch).toBe(1);
});
