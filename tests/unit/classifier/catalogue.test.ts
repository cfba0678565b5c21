import { describe, expect, test } from 'vitest';
import { CATALOGUE } from '@/lib/classifier/catalogue';

const STATUSES = ['success', 'deferral', 'failure', 'failure_toolong', 'connmaxout'];
const SIDES = [
  'our-configuration',
  'our-reputation',
  'recipient-server',
  'dns',
  'network',
  'greenarrow-internal',
  'recipient-address',
  'message-content',
  'none',
];

describe('CATALOGUE', () => {
  test('holds every documented message exactly once', () => {
    expect(CATALOGUE).toHaveLength(52);
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(52);
    expect(new Set(CATALOGUE.map((e) => e.template)).size).toBe(52);
  });

  test('groups have the documented sizes', () => {
    const sizes: Record<string, number> = {};
    for (const entry of CATALOGUE) sizes[entry.group] = (sizes[entry.group] ?? 0) + 1;
    expect(sizes).toEqual({
      acceptance: 1,
      'basic-delivery': 32,
      'smtp-auth': 6,
      'delivery-override': 2,
      internal: 10,
      expiration: 1,
    });
  });

  test.each(CATALOGUE.map((e) => [e.id, e] as const))('%s is well formed', (id, entry) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(entry.statuses.length).toBeGreaterThan(0);
    for (const status of entry.statuses) expect(STATUSES).toContain(status);
    expect(SIDES).toContain(entry.whoseSide);
    expect(['yes', 'no', 'maybe']).toContain(entry.retryHelps);
    expect(entry.whatHappened.length).toBeGreaterThan(20);
    expect(entry.whatToDo.length).toBeGreaterThan(10);
    expect(entry.template).not.toContain("'");
  });

  test('maps the documented statuses', () => {
    const byId = new Map(CATALOGUE.map((e) => [e.id, e.statuses]));
    expect(byId.get('connection-backlog-used-up')).toEqual(['connmaxout']);
    expect(byId.get('message-expired')).toEqual(['failure', 'failure_toolong']);
    expect(byId.get('connection-died')).toEqual(['deferral', 'failure', 'success']);
    expect(byId.get('remote-accepted')).toEqual(['success']);
    expect(byId.get('test-failure')).toEqual(['failure']);
    expect(byId.get('test-temporary-failure')).toEqual(['deferral']);
  });

  test('keeps the two password-style variants apart', () => {
    const auth = CATALOGUE.filter((e) => e.group === 'smtp-auth').map((e) => e.template);
    expect(auth.some((t) => t.includes('(password)/Remote'))).toBe(true);
    expect(auth.some((t) => t.includes('(plain)./Remote'))).toBe(true);
  });
});
