import { describe, expect, test } from 'vitest';
import { matchCatalogue } from '@/lib/classifier';
import { CATALOGUE } from '@/lib/classifier/catalogue';
import type { CatalogueEntry } from '@/lib/classifier/types';

interface Spelling {
  name: string;
  join: string;
  straight: boolean;
  ip: string;
  before: string;
  after: string;
}

const V4 = '203.0.113.5';
const V6 = '2001:db8:85a3::8a2e:370:7334';
const SPELLINGS: readonly Spelling[] = [
  { name: 'as documented', join: '/', straight: false, ip: V4, before: '', after: '' },
  { name: 'straight apostrophes', join: '/', straight: true, ip: V4, before: '', after: '' },
  { name: 'newline joins', join: '\n', straight: false, ip: V6, before: '', after: '' },
  { name: 'CRLF joins', join: '\r\n', straight: true, ip: V4, before: '', after: '\r\n' },
  { name: 'space joins', join: ' ', straight: true, ip: V6, before: '', after: '' },
  { name: 'trailing slash', join: '/', straight: false, ip: V4, before: '', after: '/' },
  { name: 'trailing spaces', join: '/', straight: true, ip: V6, before: '', after: '  \n' },
  { name: 'text before', join: '/', straight: false, ip: V4, before: 'attempt 3: ', after: '' },
  { name: 'text after', join: '\n', straight: true, ip: V4, before: '', after: ' [logged]' },
];

const HOSTNAME = 'mail-7.example-domain.co.uk';
const ERROR = 'rspawn-limiter: conversion timed out';

function remoteLines(join: string): string {
  return ['550-5.7.1 [203.0.113.9] first line of the reply', '550 5.7.1 second line'].join(join);
}

function endsFree(template: string): boolean {
  return template.endsWith('{MESSAGE}') || template.endsWith('{ERROR}');
}

function render(entry: CatalogueEntry, s: Spelling, template = entry.template) {
  const join = s.join === ' ' ? '/' : s.join;
  const message = remoteLines(join);
  let text = template.split('/').join(s.join);
  if (s.straight) text = text.replace(/\u2019/g, "'");
  text = text
    .replace(/\{IP\}/g, s.ip)
    .replace('{HOSTNAME}', HOSTNAME)
    .replace('{MESSAGE}', message)
    .replace('{ERROR}', ERROR);
  const expected: Record<string, string> = {};
  if (template.includes('{IP}')) expected.IP = s.ip;
  if (template.includes('{HOSTNAME}')) expected.HOSTNAME = HOSTNAME;
  if (template.includes('{MESSAGE}')) expected.MESSAGE = message;
  if (template.includes('{ERROR}')) expected.ERROR = ERROR;
  const after =
    endsFree(template) && s.after.trim() !== '' && s.after.trim() !== '/' ? '' : s.after;
  return { text: `${s.before}${text}${after}`, expected };
}

describe('matchCatalogue on every template', () => {
  const cases = CATALOGUE.flatMap((entry) =>
    SPELLINGS.map((s) => [entry.id, s.name, entry, s] as const),
  );

  test.each(cases)('%s (%s)', (id, _name, entry, spelling) => {
    const { text, expected } = render(entry, spelling);
    const found = matchCatalogue(text, entry.statuses[0]);
    expect(found.entry?.id).toBe(id);
    if (found.entry !== null) expect(found.placeholders).toEqual(expected);
  });

  test.each(CATALOGUE.map((e) => [e.id, e] as const))('%s without a status', (id, entry) => {
    expect(matchCatalogue(render(entry, SPELLINGS[0]!).text).entry?.id).toBe(id);
  });
});

describe('matchCatalogue special cases', () => {
  test('the recipient template works without its "Giving up" line', () => {
    const found = matchCatalogue(`${V4} does not like recipient./Remote host said: 550 5.1.1 no`);
    expect(found.entry?.id).toBe('recipient-rejected');
    if (found.entry !== null)
      expect(found.placeholders).toEqual({ IP: V4, MESSAGE: '550 5.1.1 no' });
  });

  test('a "Giving up" line that is not at the end stays in the message', () => {
    const text = `${V4} does not like recipient./Remote host said: 550 Giving up on 1.2.3.4 x`;
    const found = matchCatalogue(text);
    if (found.entry === null) throw new Error('no match');
    expect(found.placeholders.MESSAGE).toBe('550 Giving up on 1.2.3.4 x');
  });

  test.each([
    [
      'Connected to 192.0.2.1 but connection died. Possible duplicate! (#4.4.2)',
      'connection-died-possible-duplicate',
    ],
    ['Connected to 192.0.2.1 but connection died. (#4.4.2)', 'connection-died'],
    [
      'Connected to 192.0.2.1 but connection died due to a TLS error. Possible duplicate! (#4.4.2)',
      'connection-died-tls-error-possible-duplicate',
    ],
    [
      'Connected to 192.0.2.1 but connection died due to a TLS error. (#4.4.2)',
      'connection-died-tls-error',
    ],
    ['Test failure.', 'test-failure'],
    ['Test temporary failure.', 'test-temporary-failure'],
  ])('%s is %s', (text, id) => {
    expect(matchCatalogue(text, 'deferral').entry?.id).toBe(id);
    expect(matchCatalogue(text, 'success').entry?.id).toBe(id);
  });

  test('a status listed by one of two fitting entries decides between them', () => {
    const nested = `${V4} accepted message./Remote host said: Message expired. (#5.4.7)`;
    expect(matchCatalogue(nested, 'success').entry?.id).toBe('remote-accepted');
    expect(matchCatalogue(nested, 'failure_toolong').entry?.id).toBe('message-expired');
    expect(matchCatalogue(nested, 'connmaxout').entry?.id).toBe('remote-accepted');
  });

  test.each([
    '',
    'hello world',
    'All connection backlog slots used up',
    'Connected to 192.0.2.1 but connection died',
    'Connected to nobody but connection died. (#4.4.2)',
    'accepted message./Remote host said: 250 ok',
    '550 5.1.1 user unknown',
    'Sorry, I couldn’t find any host named . (#5.1.2)',
  ])('unrecognised: %j', (text) => {
    expect(matchCatalogue(text)).toEqual({ entry: null });
  });
});
