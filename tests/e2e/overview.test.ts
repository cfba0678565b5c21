import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { startAppServer, type AppServer } from '../support/app-server';
import { launchBrowser, screenshotPath } from '../support/browser';
import { deliveryAttempt } from '../support/sample-events';
import { createTestDatabase, WEBHOOK_SECRET, type TestDatabase } from '../support/test-database';
import { seedMember, signedInPage } from '../support/auth';
import { parseConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';

let database: TestDatabase;
let member: { email: string; password: string };
let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  database = await createTestDatabase();
  await applyMigrations(parseConfig(database.environment));
  member = await seedMember(database.environment);
  server = await startAppServer(database.environment);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.drop();
});

test('events posted to the webhook appear on the overview page', async () => {
  const now = Date.now() / 1000;
  const events = [
    ...Array.from({ length: 7 }, (_, index) => deliveryAttempt({ timestamp: now - 600 - index })),
    deliveryAttempt({
      timestamp: now - 300,
      status: 'deferral',
      message:
        '203.0.113.5 does not like recipient./Remote host said: 421 4.7.0 <script>alert(1)</script> try later',
    }),
    deliveryAttempt({ timestamp: now - 200, status: 'failure' }),
  ];
  const response = await fetch(`${server.baseUrl}/api/events?token=${WEBHOOK_SECRET}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(events),
  });
  expect(await response.json()).toEqual({ stored: 9, duplicates: 0, other: 0, rejected: 0 });

  const page = await signedInPage(browser, server.baseUrl, member, { viewport: { width: 1280, height: 1100 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${server.baseUrl}/?range=24h`);
  await expect.poll(() => page.getByTestId('total-attempts').textContent(), { timeout: 20_000 }).toBe('9');
  expect(await page.getByTestId('total-success').textContent()).toBe('7');
  expect(await page.getByTestId('total-deferral').textContent()).toBe('1');
  expect(await page.getByTestId('total-failure').textContent()).toBe('1');
  await expect.poll(() => page.getByText('<script>alert(1)</script>', { exact: false }).count()).toBe(1);
  expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: screenshotPath('overview'), fullPage: true });
  await page.close();
});
