import { describe, expect, test } from 'vitest';
import { classifyAttempt } from '@/lib/classifier';

const SIZE = 100_000;

function fill(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

const INPUTS: readonly (readonly [string, string])[] = [
  ['spaces', fill(' ')],
  ['spaces then text', `${fill(' ')}x`],
  ['digits', fill('7')],
  ['dots', fill('.')],
  ['slashes', fill('/')],
  ['dashes', fill('-')],
  ['dotted digits', fill('1.2.')],
  ['colons and hex', fill('a:')],
  ['newlines', fill('\r\n')],
  ['repeated Connected to', fill('Connected to ')],
  ['repeated Remote host said', fill('Remote host said: ')],
  ['repeated reply codes', fill('550-5.7.1 ')],
  ['repeated acceptance prefix', fill('1.2.3.4 accepted message./')],
  [
    'repeated Giving up',
    `1.2.3.4 does not like recipient./Remote host said: ${fill('/Giving up on ')}`,
  ],
  ['repeated continuation', `550-${fill('550-550 ')}`],
  ['repeated addresses', fill('a@b.c ')],
  ['curly apostrophes', fill('’ ')],
  ['host named runs', `Sorry, I couldn’t find any host named ${fill('a')}`],
];

describe('adversarial input of 100 kB', () => {
  test.each(INPUTS)('%s finishes quickly', (_name, message) => {
    for (const status of ['deferral', 'success']) {
      const started = performance.now();
      const result = classifyAttempt({ message, status, mxHostname: fill('a.') });
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(1000);
      expect(result.fingerprint.length).toBeLessThanOrEqual(160);
    }
  });
});
