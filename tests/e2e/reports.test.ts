import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startAppServer, type AppServer } from '../support/app-server';
import { launchBrowser, screenshotPath } from '../support/browser';
import { createTestDatabase, WEBHOOK_SECRET, type TestDatabase } from '../support/test-database';
import { seedMember, signedInPage } from '../support/auth';
import { seedEvents } from '../api/report-seed';
import { parseConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';

let database: TestDatabase;
let member: { email: string; password: string };
let server: AppServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  await applyMigrations(parseConfig(database.environment));
  member = await seedMember(database.environment);
  server = await startAppServer(database.environment);
  browser = await launchBrowser();
  const now = Math.floor(Date.now() / 1000);
  const response = await fetch(`${server.baseUrl}/api/events?token=${WEBHOOK_SECRET}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(seedEvents(now - 4 * 3600, now - 30 * 3600)),
  });
  expect(await response.json()).toMatchObject({ stored: 18, rejected: 0 });
  page = await signedInPage(browser, server.baseUrl, member, { viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.drop();
});

const text = (testId: string) => page.getByTestId(testId).textContent();

test('the overview shows totals against the period before and drills down to a reason', async () => {
  await page.goto(`${server.baseUrl}/?range=24h`);
  await expect.poll(() => text('total-attempts'), { timeout: 20_000 }).toBe('15');
  expect(await text('total-deferral')).toBe('4');
  expect(await text('change-deferral')).toBe('+3 (+300.0 %)');
  expect(await text('change-attempts')).toBe('+12 (+400.0 %)');
  const topDeferrals = page.locator('.breakdown', { hasText: 'Deferral reasons' });
  expect(await topDeferrals.locator('tbody tr').count()).toBe(2);
  await page.screenshot({ path: screenshotPath('overview'), fullPage: true });

  await topDeferrals.getByRole('link', { name: 'Gmail rate limited' }).click();
  await page.waitForURL(/\/reasons\/gmail-rate-limited\?range=24h$/);
  await expect.poll(() => text('reason-total'), { timeout: 20_000 }).toBe('3');
  await expect
    .poll(() => page.getByText('unusual rate of unsolicited mail', { exact: false }).count())
    .toBeGreaterThan(0);
  expect(await page.getByText('gmail.com').count()).toBeGreaterThan(0);
  await page.screenshot({ path: screenshotPath('reason'), fullPage: true });
});

test('the deferral page follows its URL, and a copied URL reproduces the view', async () => {
  await page.goto(`${server.baseUrl}/deferrals?range=24h`);
  await expect.poll(() => text('breakdown-total'), { timeout: 20_000 }).toBe('4');
  // One status only: nothing to toggle.
  expect(await page.getByRole('group', { name: 'Status' }).count()).toBe(0);
  const byDomain = page.locator('.breakdown', { hasText: 'By recipient domain' });
  await page
    .locator('.breakdown', { hasText: 'By sending IP' })
    .getByRole('link', { name: '192.0.2.11' })
    .click();
  await page.waitForURL(/sendingIp=192\.0\.2\.11/);
  await expect.poll(() => text('breakdown-total')).toBe('3');
  expect(await page.getByRole('list', { name: 'Active filters' }).textContent()).toContain(
    '192.0.2.11',
  );
  expect(await byDomain.locator('tbody tr').count()).toBe(1);

  const copied = page.url();
  await page.goto(copied);
  await expect.poll(() => text('breakdown-total'), { timeout: 20_000 }).toBe('3');
  expect(page.url()).toBe(copied);
  await page.screenshot({ path: screenshotPath('deferrals'), fullPage: true });

  await page.getByRole('button', { name: 'Remove filter Sending IP' }).click();
  await expect.poll(() => text('breakdown-total')).toBe('4');
  expect(page.url()).not.toContain('sendingIp');
});

test('the failure page exports exactly the rows of a breakdown as CSV', async () => {
  await page.goto(`${server.baseUrl}/failures?range=24h`);
  await expect.poll(() => text('breakdown-total'), { timeout: 20_000 }).toBe('4');
  const byReason = page.locator('.breakdown', { hasText: 'By reason' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    byReason.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(csv).toEqual([
    'Reason,Id,Attempts,Share',
    'User unknown,user-unknown,2,50.0 %',
    'Recipient rejected,recipient-rejected,1,25.0 %',
    'Unrecognised message,unrecognised,1,25.0 %',
  ]);
  // Only the statuses this page reports on can be toggled.
  const toggles = page.getByRole('group', { name: 'Status' }).getByRole('button');
  expect(await toggles.allTextContents()).toEqual(['Failed', 'Expired in queue']);
  await page.screenshot({ path: screenshotPath('failures'), fullPage: true });
});

test('the reasons page lists the whole catalogue and the unrecognised replies', async () => {
  await page.goto(`${server.baseUrl}/reasons?range=24h`);
  await expect.poll(() => text('unrecognised-total'), { timeout: 20_000 }).toBe('2');
  expect(
    await page.getByText('550 zorblax frobnicated the quux', { exact: false }).count(),
  ).toBeGreaterThan(0);
  const gmail = page.getByTestId('rule-table').locator('tr', { hasText: 'gmail-rate-limited' });
  expect(await gmail.locator('td.numeric').textContent()).toBe('3');
  expect(await page.getByTestId('catalogue-table').locator('tbody tr').count()).toBeGreaterThan(20);
  await page.screenshot({ path: screenshotPath('reasons') });
  await page.getByRole('heading', { name: 'Provider rules' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('reasons-rules') });
  await page.getByRole('heading', { name: 'GreenArrow messages' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('reasons-catalogue') });
  expect(dialogs).toEqual([]);
});

test('a custom range is read in the chosen time zone and kept in the URL', async () => {
  await page.goto(`${server.baseUrl}/deferrals?range=24h&tz=Europe%2FBerlin`);
  await expect.poll(() => text('breakdown-total'), { timeout: 20_000 }).toBe('4');
  await page.getByLabel('From', { exact: true }).fill('2026-07-01T10:00');
  await page.getByLabel('To', { exact: true }).fill('2026-07-01T12:00');
  await page.getByRole('button', { name: 'Apply range' }).click();
  await page.waitForURL(/from=/);
  const params = new URL(page.url()).searchParams;
  expect(params.get('from')).toBe('2026-07-01T08:00:00.000Z');
  expect(params.get('to')).toBe('2026-07-01T10:00:00.000Z');
  expect(params.get('range')).toBeNull();
  await expect.poll(() => page.getByText('No deferrals in this range').count()).toBe(2);
  expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2026-07-01T10:00');
});

test('the filter bar writes presets, fields and the live flag to the URL', async () => {
  await page.goto(`${server.baseUrl}/?range=24h`);
  await expect.poll(() => text('total-attempts'), { timeout: 20_000 }).toBe('15');
  const chart = page.locator('.recharts-wrapper > svg').first();
  expect(await chart.getAttribute('tabindex')).toBe('0');
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => page.locator('.recharts-tooltip-wrapper').first().textContent())
    .toContain('Accepted');
  await page.getByRole('button', { name: '3d' }).click();
  await page.waitForURL(/range=3d/);
  await page.getByLabel('Domain').fill('gmail.com');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/domain=gmail\.com/);
  await expect.poll(() => text('total-attempts')).toBe('4');
  await page.getByRole('button', { name: 'Live: off' }).click();
  await page.waitForURL(/live=1/);
  expect(await page.getByRole('button', { name: 'Live: on' }).getAttribute('aria-pressed')).toBe(
    'true',
  );
  await page.screenshot({ path: screenshotPath('filter-bar'), fullPage: false });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('overview-dark'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
});
