import { expect, test } from 'vitest';
import { parseConfig } from '@/lib/config/env';

test('defaults give the embedded database in ./data on port 3000', () => {
  const config = parseConfig({});
  expect(config.database).toEqual({ kind: 'embedded', dataDir: './data' });
  expect(config).toMatchObject({ port: 3000, webhookSecrets: [], webhookMaxBodyBytes: 10 * 1024 * 1024, logLevel: 'info' });
});

test('DATABASE_URL selects the server and secrets are split on commas', () => {
  const config = parseConfig({
    DATABASE_URL: 'postgresql://u@db:5432/x',
    WEBHOOK_SECRETS: ' first-secret-1234567 , second-secret-123456 ,',
    WEBHOOK_MAX_BODY_BYTES: '2mb',
  });
  expect(config.database).toEqual({ kind: 'postgres', url: 'postgresql://u@db:5432/x' });
  expect(config.webhookSecrets).toEqual(['first-secret-1234567', 'second-secret-123456']);
  expect(config.webhookMaxBodyBytes).toBe(2 * 1024 * 1024);
});

test.each([
  [{ PORT: 'eighty' }, 'PORT'],
  [{ PORT: '70000' }, 'PORT'],
  [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
  [{ WEBHOOK_SECRETS: 'short' }, 'WEBHOOK_SECRETS'],
  [{ WEBHOOK_MAX_BODY_BYTES: 'lots' }, 'WEBHOOK_MAX_BODY_BYTES'],
  [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
])('%j stops the start naming %s', (environment, variable) => {
  expect(() => parseConfig(environment)).toThrow(new RegExp(`^Invalid environment variable ${variable}: `));
});
