import { afterAll, beforeAll, expect, test } from 'vitest';
import { useEnvironment, WEBHOOK_SECRET } from '../support/test-database';
import { deliveryAttempt } from '../support/sample-events';
import { postJson } from '../support/webhook-client';

// Port 1 on loopback refuses connections: the database is unreachable.
beforeAll(() => {
  useEnvironment({
    DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/unreachable',
    WEBHOOK_SECRETS: WEBHOOK_SECRET,
    DATABASE_TIMEOUT_MS: '2000',
  });
});

afterAll(async () => {
  const { disconnectDatabase } = await import('@/lib/db/client');
  await disconnectDatabase();
});

test('the webhook answers 503 so GreenArrow retries', async () => {
  const { POST } = await import('@/app/api/events/route');
  const response = await postJson(POST, [deliveryAttempt()]);
  expect(response.status).toBe(503);
  expect((await response.json()).error.code).toBe('database_unavailable');
});

test('health answers 503', async () => {
  const { GET } = await import('@/app/api/health/route');
  const response = await GET();
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
});
