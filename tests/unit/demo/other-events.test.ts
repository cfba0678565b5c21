import { describe, expect, test } from 'vitest';
import { generateOtherEvents, type GreenArrowEvent } from '@/lib/demo';

const OPTIONS = {
  seed: 5,
  start: new Date('2024-03-04T00:00:00Z'),
  end: new Date('2024-03-07T00:00:00Z'),
  count: 4_000,
};

const EVENTS = generateOtherEvents(OPTIONS);

function ofType(type: string): GreenArrowEvent[] {
  return EVENTS.filter((event) => event.event_type === type);
}

describe('generateOtherEvents', () => {
  test('is deterministic for a seed and returns the requested count', () => {
    expect(generateOtherEvents(OPTIONS)).toEqual(EVENTS);
    expect(EVENTS).toHaveLength(OPTIONS.count);
  });

  test('covers the common event types, each with the common fields', () => {
    const types = new Set(EVENTS.map((event) => event.event_type));
    for (const type of ['bounce_all', 'scomp', 'engine_open', 'engine_click', 'engine_unsub']) {
      expect(types).toContain(type);
    }
    expect(types).toContain('studio_open');
    for (const event of EVENTS) {
      for (const field of ['event_time', 'email', 'listid', 'sendid', 'server_id']) {
        expect(event).toHaveProperty(field);
      }
      expect(String(event.event_unique_id).length).toBeLessThanOrEqual(64);
    }
    expect(new Set(EVENTS.map((event) => event.event_unique_id)).size).toBe(EVENTS.length);
  });

  test('bounces carry a type, a bounce processor code and the failure text', () => {
    for (const event of ofType('bounce_all')) {
      expect(['h', 's', 'o']).toContain(event.bounce_type);
      expect(typeof event.bounce_code).toBe('number');
      expect(typeof event.bounce_text).toBe('string');
      expect(typeof event.synchronous).toBe('boolean');
    }
    expect(ofType('bounce_bad_address').every((event) => event.bounce_code === 10)).toBe(true);
  });

  test('tracking events carry their type-specific fields', () => {
    expect(ofType('engine_open').every((event) => typeof event.is_privacy_open === 'boolean')).toBe(
      true,
    );
    expect(
      ofType('engine_click').every((event) => String(event.click_url).startsWith('https://')),
    ).toBe(true);
    expect(ofType('studio_click').every((event) => 'studio_campaign_id' in event)).toBe(true);
  });

  test('event times stay inside the window and increase', () => {
    const times = EVENTS.map((event) => Number(event.event_time));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(OPTIONS.start.getTime() / 1000);
    expect(Math.max(...times)).toBeLessThanOrEqual(OPTIONS.end.getTime() / 1000);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
