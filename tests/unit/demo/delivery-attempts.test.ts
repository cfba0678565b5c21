import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CATALOGUE } from '@/lib/classifier/catalogue';
import {
  DELIVERY_STATUSES,
  generateDeliveryAttempts,
  streamDeliveryAttempts,
  type DeliveryAttemptEvent,
} from '@/lib/demo';
import {
  THREE_DAYS,
  ipv4Mentions,
  isDocumentationIp,
  matchingEntries,
  threeDayDemo,
} from './demo-fixtures';

const SMALL = { ...THREE_DAYS, messages: 3_000 };

function byMessage(events: readonly DeliveryAttemptEvent[]): Map<string, DeliveryAttemptEvent[]> {
  const groups = new Map<string, DeliveryAttemptEvent[]>();
  for (const event of events) {
    const group = groups.get(event.msguid) ?? [];
    group.push(event);
    groups.set(event.msguid, group);
  }
  return groups;
}

describe('generateDeliveryAttempts', () => {
  test('the same seed gives the same events, another seed different ones', () => {
    expect(generateDeliveryAttempts(SMALL)).toEqual(generateDeliveryAttempts(SMALL));
    const other = generateDeliveryAttempts({ ...SMALL, seed: 12 });
    expect(other).not.toEqual(generateDeliveryAttempts(SMALL));
  });

  test('streaming yields exactly what the array version returns', () => {
    expect(Array.from(streamDeliveryAttempts(SMALL))).toEqual(generateDeliveryAttempts(SMALL));
  });

  test('every delivery status occurs, success the most', () => {
    const counts = new Map<string, number>();
    for (const event of threeDayDemo())
      counts.set(event.status, (counts.get(event.status) ?? 0) + 1);
    for (const status of DELIVERY_STATUSES) expect(counts.get(status) ?? 0).toBeGreaterThan(0);
    expect(counts.get('success') ?? 0).toBeGreaterThan(threeDayDemo().length * 0.8);
  });

  test('every catalogue entry occurs at least once in a 20k-message demo', () => {
    const seen = new Set<string>();
    for (const event of threeDayDemo()) {
      for (const entry of matchingEntries(event.message)) seen.add(entry.id);
    }
    const missing = CATALOGUE.filter((entry) => !seen.has(entry.id)).map((entry) => entry.id);
    expect(missing).toEqual([]);
  });

  test('each remote message fits one catalogue template and carries one of its statuses', () => {
    for (const event of threeDayDemo()) {
      if (event.channel === 'local') {
        expect(event.message).toMatch(/^did \d\+\d\+\d\/$/);
        continue;
      }
      const entries = matchingEntries(event.message);
      expect(
        entries.map((entry) => entry.id),
        event.message,
      ).toHaveLength(1);
      expect(entries[0]?.statuses, event.message).toContain(event.status);
    }
  });

  test('retries share the msguid, are flagged, follow the schedule and end the message', () => {
    const multi = [...byMessage(threeDayDemo()).values()].filter((group) => group.length > 1);
    expect(multi.length).toBeGreaterThan(100);
    for (const attempts of multi) {
      const [first, ...retries] = attempts;
      expect(first?.is_retry).toBeFalsy();
      retries.forEach((retry, index) => {
        expect(retry.is_retry).toBeTruthy();
        const previous = attempts[index] as DeliveryAttemptEvent;
        expect(retry.timestamp).toBeGreaterThan(previous.timestamp);
        expect(['deferral', 'connmaxout']).toContain(previous.status);
        const scheduled = (index + 1) * 20;
        expect(retry.timestamp - (first?.timestamp ?? 0)).toBeGreaterThan(scheduled ** 2 * 0.9);
      });
    }
  });

  test('event_unique_id is unique and at most 64 characters', () => {
    const ids = threeDayDemo().map((event) => event.event_unique_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(64);
  });

  test('attempts are in time order and inside the requested window', () => {
    const startSec = THREE_DAYS.start.getTime() / 1000;
    const endSec = THREE_DAYS.end.getTime() / 1000;
    let previous = startSec;
    for (const event of threeDayDemo()) {
      expect(event.timestamp).toBeGreaterThanOrEqual(previous);
      expect(event.timestamp).toBeLessThanOrEqual(endSec);
      expect(event.injected_time).toBeLessThanOrEqual(event.timestamp);
      expect(event.event_time).toBe(Math.floor(event.timestamp));
      previous = event.timestamp;
    }
  });

  test('only documentation-range IPs appear, in fields and in message text', () => {
    for (const event of threeDayDemo()) {
      for (const ip of [event.outmtaid_ip, event.mx_ip].filter((value) => value !== '')) {
        expect(isDocumentationIp(ip), ip).toBe(true);
      }
      for (const ip of ipv4Mentions(event.message)) expect(isDocumentationIp(ip), ip).toBe(true);
    }
  });
});

describe('generateDeliveryAttempts on any window', () => {
  test('keeps attempts inside the window with unique ids, for any seed, span and volume', () => {
    const windows = fc.record({
      seed: fc.integer({ min: 0, max: 2 ** 31 }),
      startSec: fc.integer({ min: 1_600_000_000, max: 1_800_000_000 }),
      spanSec: fc.integer({ min: 60, max: 10 * 86_400 }),
      messages: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(windows, ({ seed, startSec, spanSec, messages }) => {
        const start = new Date(startSec * 1000);
        const end = new Date((startSec + spanSec) * 1000);
        const events = generateDeliveryAttempts({ seed, start, end, messages });
        const ids = new Set(events.map((event) => event.event_unique_id));
        expect(ids.size).toBe(events.length);
        for (const event of events) {
          expect(event.timestamp).toBeGreaterThanOrEqual(startSec);
          expect(event.timestamp).toBeLessThanOrEqual(startSec + spanSec);
        }
      }),
      { numRuns: 60 },
    );
  });

  test('an empty or inverted window yields nothing', () => {
    const start = new Date('2024-03-04T00:00:00Z');
    expect(generateDeliveryAttempts({ start, end: start, messages: 100 })).toEqual([]);
    expect(generateDeliveryAttempts({ ...THREE_DAYS, messages: 0 })).toEqual([]);
  });
});
