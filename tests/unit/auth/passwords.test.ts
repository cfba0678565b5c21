import { expect, test } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/auth/passwords';

test('a password is stored as an argon2id hash with its own salt', async () => {
  const first = await hashPassword('correct horse battery staple');
  const second = await hashPassword('correct horse battery staple');
  expect(first).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
  expect(first).not.toContain('correct horse');
  expect(first).not.toBe(second);
});

test('the right password verifies and a wrong one does not', async () => {
  const stored = await hashPassword('correct horse battery staple');
  expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
  expect(await verifyPassword(stored, 'correct horse battery stapler')).toBe(false);
  expect(await verifyPassword(stored, '')).toBe(false);
});

test('a damaged hash refuses instead of throwing', async () => {
  expect(await verifyPassword('not a hash', 'anything at all')).toBe(false);
});

test('short passwords are refused with the reason', () => {
  expect(passwordProblem('short')).toMatch(/at least 12/);
  expect(passwordProblem('long enough password')).toBeNull();
});
