import fc from 'fast-check';
import { expect, test } from 'vitest';
import { AttemptQueue } from '@/lib/demo/attempt-queue';

test('attempts come out by time, equal times in the order they were queued', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }), (times) => {
      const queue = new AttemptQueue<number>();
      times.forEach((time, index) => queue.push(time, index));
      const popped: number[] = [];
      while (queue.size > 0) popped.push(queue.pop()?.item ?? -1);
      const expected = times
        .map((time, index) => ({ time, index }))
        .sort((a, b) => a.time - b.time || a.index - b.index)
        .map(({ index }) => index);
      expect(popped).toEqual(expected);
      expect(queue.pop()).toBeUndefined();
    }),
  );
});
