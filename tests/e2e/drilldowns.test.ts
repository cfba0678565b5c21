import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startAppServer, type AppServer } from '../support/app-server';
import { launchBrowser, screenshotPath } from '../support/browser';
import { deliveryAttempt, otherEvent } from '../support/sample-events';
import { createTestDatabase, WEBHOOK_SECRET, type TestDatabase } from '../support/test-database';
import { seedMember, signedInPage } from '../support/auth';
import { parseConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';

let database: TestDatabase;
let member: { email: string; password: string };
let server: AppServer;
let browser: Browser;

const NOW = Date.now() / 1000;
const DEFERRAL =
  '203.0.113.5 does not like recipient./Remote host said: 421 4.7.0 <script>alert(1)</script> try later';

// gmail.test: 60 accepted 30 s after injection and 10 deferred, one message retried;
// yahoo.test: 4 accepted and 4 failed. Plus other event types and one reject.
function seedEvents(): unknown[] {
  const accepted = Array.from({ length: 60 }, (_, index) =>
    deliveryAttempt({
      email: `a${index}@gmail.test`,
      timestamp: NOW - 900 - index,
      injected_time: NOW - 930 - index,
    }),
  );
  const deferred = Array.from({ length: 10 }, (_, index) =>
    deliveryAttempt({
      email: 'slow@gmail.test',
      status: 'deferral',
      message: DEFERRAL,
      msguid: 'msg.slow',
      is_retry: index > 0 ? 1 : 0,
      timestamp: NOW - 600 + index * 10,
    }),
  );
  const yahoo = Array.from({ length: 8 }, (_, index) =>
    deliveryAttempt({
      email: `y${index}@yahoo.test`,
      timestamp: NOW - 300 - index,
      outmtaid: 7,
      outmtaid_ip: '198.51.100.7',
      ...(index < 4
        ? {
            status: 'failure',
            message: '192.0.2.9 does not like recipient./Remote host said: 550 5.1.1 No such user',
          }
        : {}),
    }),
  );
  return [
    ...accepted,
    ...deferred,
    ...yahoo,
    otherEvent('bounce_all'),
    otherEvent('engine_open'),
    { event_type: 'delivery_attempt' },
  ];
}

beforeAll(async () => {
  database = await createTestDatabase();
  await applyMigrations(parseConfig(database.environment));
  member = await seedMember(database.environment);
  server = await startAppServer(database.environment);
  browser = await launchBrowser();
  const response = await fetch(`${server.baseUrl}/api/events?token=${WEBHOOK_SECRET}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(seedEvents()),
  });
  expect(await response.json()).toEqual({ stored: 78, duplicates: 0, other: 2, rejected: 1 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.drop();
});

async function openPage(path: string): Promise<Page> {
  const page = await signedInPage(browser, server.baseUrl, member, {
    viewport: { width: 1280, height: 1000 },
    acceptDownloads: true,
  });
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(`${server.baseUrl}${path}`);
  return page;
}

async function downloadCsv(page: Page, panel: string): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('region', { name: panel })
      .getByRole('button', { name: 'Export CSV' })
      .first()
      .click(),
  ]);
  return (await readFile(await download.path(), 'utf8')).trim().split('\r\n');
}

describe('domains', () => {
  test('the list shows each domain with its rates, sorts in the database and exports', async () => {
    const page = await openPage('/domains?range=24h');
    const table = page.getByRole('region', { name: 'Recipient domains' });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 20_000 }).toBe(2);
    expect(await table.locator('tbody tr').first().innerText()).toMatch(
      /gmail\.test\s+70\s+85\.7 %\s+14\.3 %\s+0\.0 %/,
    );
    await table.getByRole('button', { name: /Failed/ }).click();
    await expect.poll(() => page.url()).toContain('sort=failureRate');
    await expect
      .poll(() => table.locator('tbody tr').first().innerText())
      .toMatch(/^yahoo\.test\s+8\s+50\.0 %/);
    expect(await downloadCsv(page, 'Recipient domains')).toEqual([
      'Recipient domain,Attempts,Accepted %,Deferred %,Failed %,Connmaxout %',
      'yahoo.test,8,50,0,50,0',
      'gmail.test,70,85.71,14.29,0,0',
    ]);
    await page.screenshot({ path: screenshotPath('domains'), fullPage: true });
    await page.close();
  });

  test('a domain shows rates, delay, hosts and attempts, and leads to the log entry', async () => {
    const page = await openPage('/domains?range=24h');
    await page.getByRole('link', { name: 'gmail.test' }).click();
    await page.waitForURL(/\/domains\/gmail\.test\?range=24h/);
    await expect
      .poll(() => page.getByTestId('domain-attempts').textContent(), { timeout: 20_000 })
      .toBe('70');
    expect(await page.getByTestId('domain-acceptance').textContent()).toBe('85.7 %');
    expect(await page.getByTestId('domain-median-delay').textContent()).toBe('30 s');
    const retries = page.getByRole('region', { name: 'First attempts and retries' });
    expect(await retries.locator('tbody').innerText()).toMatch(
      /First attempts\s+61[\s\S]*Retries\s+9/,
    );
    expect(
      await page.getByText('<script>alert(1)</script>', { exact: false }).count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('.recharts-line').count()).toBe(4);
    const reasons = page.getByRole('region', { name: 'Reasons' });
    const reasonLink = reasons.getByRole('link', { name: 'Recipient rejected' });
    expect(await reasonLink.getAttribute('href')).toBe(
      '/reasons/recipient-rejected?range=24h&domain=gmail.test',
    );
    await page.screenshot({ path: screenshotPath('domain'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('domain-dark'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    const latest = page.getByRole('region', { name: 'Latest attempts' });
    await latest
      .getByRole('link', { name: /^Attempt \d+$/ })
      .first()
      .click();
    await page.waitForURL(/\/events\/\d+/);
    const raw = page.getByRole('region', { name: 'Raw event' });
    await expect
      .poll(() => raw.locator('pre').textContent(), { timeout: 20_000 })
      .toContain('"event_type": "delivery_attempt"');
    const attempts = page.getByRole('region', { name: 'Attempts of this message' });
    expect(await attempts.locator('tbody tr').count()).toBe(10);
    expect(await page.getByRole('region', { name: 'Explanation' }).innerText()).toMatch(
      /What to do/,
    );
    await page.screenshot({ path: screenshotPath('event'), fullPage: true });
    await page.close();
  });
});

describe('log', () => {
  test('pages by cursor, filters by value, and a copied URL reproduces the view', async () => {
    const page = await openPage('/events?range=24h');
    const rows = page.getByRole('region', { name: 'Attempts' }).locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(50);
    await page.getByRole('link', { name: 'Older →' }).click();
    await expect.poll(() => rows.count()).toBe(28);
    expect(page.url()).toMatch(/cursor=[A-Za-z0-9_-]+/);
    const olderFirst = await rows.first().innerText();
    const copied = page.url();
    await page.goto(copied);
    await expect.poll(() => rows.first().innerText(), { timeout: 20_000 }).toBe(olderFirst);
    expect(await rows.count()).toBe(28);

    await page.goto(`${server.baseUrl}/events?range=24h`);
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(50);
    await rows.getByRole('link', { name: '198.51.100.7' }).first().click();
    await expect.poll(() => rows.count()).toBe(8);
    expect(page.url()).toContain('sendingIp=198.51.100.7');
    await page.getByLabel('Message contains').fill('No such user');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => rows.count()).toBe(4);
    const csv = await downloadCsv(page, 'Attempts');
    expect(csv).toHaveLength(5);
    expect(csv[0]).toMatch(/^Time \(UTC\),Status,Retry,Recipient,/);
    expect(
      csv.slice(1).every((line) => line.includes('yahoo.test') && line.includes('550 5.1.1')),
    ).toBe(true);
    await page.screenshot({ path: screenshotPath('events'), fullPage: true });
    await page.close();
  });

  test('an attempt that is not stored says so instead of failing', async () => {
    const page = await openPage('/events/987654321');
    await expect
      .poll(() => page.getByTestId('attempt-not-found').textContent())
      .toMatch(/^No attempt 987654321 is stored/);
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    await page.close();
  });
});

describe('live mode', () => {
  test('a new attempt appears without a reload and the filters stay', async () => {
    const page = await openPage('/events?range=24h&live=1&domain=live.test');
    const panel = page.getByRole('region', { name: 'Attempts' });
    await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toMatch(/No attempt matches/);
    await fetch(`${server.baseUrl}/api/events?token=${WEBHOOK_SECRET}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        deliveryAttempt({ email: 'new@live.test', timestamp: NOW - 5 }),
        deliveryAttempt({ email: 'other@elsewhere.test', timestamp: NOW - 5 }),
      ]),
    });
    await expect.poll(() => panel.locator('tbody tr').count(), { timeout: 30_000 }).toBe(1);
    expect(await panel.locator('tbody').innerText()).toContain('new@live.test');
    expect(page.url()).toContain('domain=live.test');
    await page.close();
  }, 60_000);
});

describe('ingestion', () => {
  test('shows what arrived, other types and the rejected event as text', async () => {
    const page = await openPage('/ingestion?range=1h');
    await expect
      .poll(() => page.getByTestId('ingest-stored').textContent(), { timeout: 20_000 })
      .toBe('80');
    expect(await page.getByTestId('ingest-posts').textContent()).toBe('2');
    expect(await page.getByTestId('ingest-other').textContent()).toBe('2');
    expect(await page.getByTestId('ingest-rejected').textContent()).toBe('1');
    expect(await page.getByTestId('ingest-last-event').textContent()).toMatch(/just now|min ago/);
    const others = page.getByRole('region', { name: 'Other event types' });
    expect(await others.locator('tbody').innerText()).toMatch(
      /bounce_all\s+1[\s\S]*engine_open\s+1/,
    );
    const rejected = page.getByRole('region', { name: 'Latest rejected events' });
    expect(await rejected.locator('pre').first().textContent()).toContain(
      '"event_type": "delivery_attempt"',
    );
    await page.screenshot({ path: screenshotPath('ingestion'), fullPage: true });
    await page.close();
  });
});
