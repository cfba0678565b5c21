import { describe, expect, test } from 'vitest';
import type { DeliveryAttemptEvent } from '@/lib/demo';
import { threeDayDemo } from './demo-fixtures';

const HOUR = 3600;

function domainOf(event: DeliveryAttemptEvent): string {
  return event.email.slice(event.email.indexOf('@') + 1);
}

function withText(text: string): DeliveryAttemptEvent[] {
  return threeDayDemo().filter((event) => event.message.includes(text));
}

describe('demo realism', () => {
  test('gmail.com leads a long tail of hundreds of recipient domains', () => {
    const counts = new Map<string, number>();
    for (const event of threeDayDemo()) {
      counts.set(domainOf(event), (counts.get(domainOf(event)) ?? 0) + 1);
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe('gmail.com');
    expect(counts.size).toBeGreaterThan(300);
  });

  test('each domain always resolves to the same MX hosts, named like its provider', () => {
    const hostsByDomain = new Map<string, Set<string>>();
    for (const event of threeDayDemo()) {
      if (event.mx_hostname === '') continue;
      const hosts = hostsByDomain.get(domainOf(event)) ?? new Set<string>();
      hosts.add(event.mx_hostname);
      hostsByDomain.set(domainOf(event), hosts);
    }
    expect(
      [...(hostsByDomain.get('gmail.com') ?? [])].every((h) => h.endsWith('.google.com')),
    ).toBe(true);
    expect([...(hostsByDomain.get('hotmail.com') ?? [])]).toEqual([
      'hotmail-com.olc.protection.outlook.com',
    ]);
    expect(
      [...(hostsByDomain.get('yahoo.com') ?? [])].every((h) => h.endsWith('.yahoodns.net')),
    ).toBe(true);
    for (const hosts of hostsByDomain.values()) expect(hosts.size).toBeLessThanOrEqual(3);
  });

  test('the Yahoo rate-limit deferrals cluster within a few hours', () => {
    const times = withText('[TSS04]')
      .map((event) => event.timestamp)
      .sort((a, b) => a - b);
    expect(times.length).toBeGreaterThan(20);
    const middle = times.slice(Math.floor(times.length * 0.05), Math.ceil(times.length * 0.95));
    expect((middle.at(-1) ?? 0) - (middle[0] ?? 0)).toBeLessThan(8 * HOUR);
  });

  test('the Microsoft block hits one sending IP only', () => {
    const blocked = withText('(S3150)');
    expect(blocked.length).toBeGreaterThan(10);
    expect(new Set(blocked.map((event) => event.outmtaid_ip))).toEqual(new Set(['198.51.100.7']));
    expect(blocked.every((event) => event.status === 'failure')).toBe(true);
  });

  test('provider replies of every familiar kind appear', () => {
    const phrases = [
      '421-4.7.28',
      '550-5.1.1 The email account that you tried to reach does not exist',
      '5.7.26',
      '4.7.650',
      'Greylisted',
      'spamhaus',
      '250 2.0.0 OK',
      'connection backlog slots',
      'Message expired',
    ];
    for (const phrase of phrases) expect(withText(phrase).length, phrase).toBeGreaterThan(0);
    expect(threeDayDemo().some((event) => event.message.includes('\n'))).toBe(true);
  });

  test('JSON types vary the way different GreenArrow servers send them', () => {
    const events = threeDayDemo();
    const typesOf = (pick: (event: DeliveryAttemptEvent) => unknown) =>
      new Set(events.map((event) => typeof pick(event)));
    expect(typesOf((event) => event.outmtaid)).toEqual(new Set(['number', 'string']));
    expect(typesOf((event) => event.mtaid)).toEqual(new Set(['number', 'string']));
    expect(typesOf((event) => event.is_retry)).toEqual(new Set(['number', 'boolean']));
    expect(events.some((event) => typeof event.id === 'number')).toBe(true);
    expect(events.some((event) => !Number.isInteger(event.timestamp))).toBe(true);
    expect(
      events.some(
        (event) => event.mtaid !== event.outmtaid && event.mtaid !== String(event.outmtaid),
      ),
    ).toBe(true);
  });

  test('a few deliveries are local, with no remote host', () => {
    const local = threeDayDemo().filter((event) => event.channel === 'local');
    expect(local.length).toBeGreaterThan(0);
    expect(local.every((event) => event.mx_hostname === '' && event.mx_ip === '')).toBe(true);
  });
});
