import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiRoutes, pagePaths } from '../support/app-routes';
import { startAppServer, type AppServer } from '../support/app-server';
import { seedMember, signedInPage } from '../support/auth';
import { launchBrowser, screenshotPath } from '../support/browser';
import { deliveryAttempt } from '../support/sample-events';
import { createTestDatabase, WEBHOOK_SECRET, type TestDatabase } from '../support/test-database';
import { parseConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';

let database: TestDatabase;
let server: AppServer | undefined;
let browser: Browser;
let admin: { email: string; password: string };

const PUBLIC_PAGES = ['/sign-in', '/share/sample.example'];
// What each public API route answers a stranger: never data.
const PUBLIC_API: Record<string, number> = {
  'POST /api/events': 401,
  'GET /api/health': 200,
  'POST /api/auth/sign-in': 400,
  'POST /api/auth/sign-out': 200,
  'GET /api/share/sample.example/sample.example': 404,
};

beforeAll(async () => {
  database = await createTestDatabase();
  await applyMigrations(parseConfig(database.environment));
  server = await startAppServer(database.environment);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.drop();
});

const base = () => server!.baseUrl;

/** Console errors and page errors of a page, CSP violations among them. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // A 4xx answer (the favicon, a wrong password) is the page working, not failing.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('with no one in the database the sign-in page says how to make the first admin', async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  const errors = watchErrors(page);
  await page.goto(`${base()}/`);
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  await expect.poll(() => page.getByRole('note').textContent()).toContain('npm run users -- add');
  await page.screenshot({ path: screenshotPath('sign-in-first-run'), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();

  await server!.stop();
  admin = await seedMember(database.environment, 'admin');
  server = await startAppServer(database.environment);
  const events = [
    deliveryAttempt({ timestamp: Date.now() / 1000 - 600, email: 'alice@gmail.com' }),
  ];
  await fetch(`${base()}/api/events?token=${WEBHOOK_SECRET}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(events),
  });
}, 120_000);

describe('a stranger', () => {
  test.each(pagePaths().filter((path) => !PUBLIC_PAGES.includes(path)))(
    'is sent from page %s to sign-in',
    async (path) => {
      const response = await fetch(`${base()}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(307);
      const location = new URL(response.headers.get('location') ?? '', base());
      expect(location.pathname).toBe('/sign-in');
      if (path !== '/') expect(location.searchParams.get('next')).toBe(path);
    },
  );

  test.each(apiRoutes().map((route) => [`${route.method} ${route.path}`, route] as const))(
    'gets no data from %s',
    async (name, route) => {
      const response = await fetch(`${base()}${route.path}`, {
        method: route.method,
        headers: { origin: base(), 'content-type': 'application/json' },
        body: route.method === 'GET' ? undefined : '{}',
      });
      expect(response.status).toBe(PUBLIC_API[name] ?? 401);
    },
  );
});

test('an unknown address is a 404 page whose scripts run under the policy', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const response = await page.goto(`${base()}/no-such-page`);
  expect(response?.status()).toBe(404);
  await page.getByRole('heading', { name: 'Not found' }).waitFor();
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
  expect(errors).toEqual([]);
  await page.close();
});

test('pages carry the security headers and hydrate under the policy', async () => {
  const page = await signedInPage(browser, base(), admin, {
    viewport: { width: 1280, height: 900 },
  });
  const errors = watchErrors(page);
  const response = await page.goto(`${base()}/?range=24h`);
  const headers = response!.headers();
  const policy = headers['content-security-policy'] ?? '';
  const scripts = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scripts).not.toContain('unsafe-inline');
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  await expect
    .poll(() => page.getByTestId('total-attempts').textContent(), { timeout: 20_000 })
    .toBe('1');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a member signs in on the page, comes back to the view asked for, and signs out', async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  const errors = watchErrors(page);
  await page.goto(`${base()}/domains?range=7d`);
  expect(page.url()).toBe(`${base()}/sign-in?next=${encodeURIComponent('/domains?range=7d')}`);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect
    .poll(() => page.locator('.form-error').textContent())
    .toBe('Wrong email or password');
  await page.screenshot({ path: screenshotPath('sign-in-wrong-password'), fullPage: true });
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base()}/domains?range=7d`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${base()}/sign-in`);
  await page.goto(`${base()}/`);
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  expect(errors).toEqual([]);
  await page.close();
});

test('an admin manages people and webhook secrets', async () => {
  const page = await signedInPage(browser, base(), admin, {
    viewport: { width: 1280, height: 900 },
  });
  await page.goto(`${base()}/admin/people`);
  await page.getByLabel('Email').fill('viewer@team.example');
  await page.getByLabel('First password (12+ characters)').fill('a viewer password');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect.poll(() => page.getByRole('cell', { name: 'viewer@team.example' }).count()).toBe(1);
  await page.screenshot({ path: screenshotPath('admin-people'), fullPage: true });

  await page.getByRole('link', { name: 'Webhook secrets' }).click();
  await page.getByLabel(/Label/).fill('ga-east');
  await page.getByRole('button', { name: 'Create secret' }).click();
  const secret = (await page.getByTestId('new-webhook-secret').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await expect.poll(() => page.getByRole('cell', { name: 'ga-east' }).count()).toBe(1);
  await page.screenshot({ path: screenshotPath('admin-webhook-secrets'), fullPage: true });
  const posted = await fetch(`${base()}/api/events?token=${secret}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(deliveryAttempt({ timestamp: Date.now() / 1000 - 300 })),
  });
  expect(posted.status).toBe(200);
  await page.context().close();
});

test('an admin shares a view and a stranger opens it read-only, masked, with its CSV', async () => {
  const page = await signedInPage(browser, base(), admin, {
    viewport: { width: 1280, height: 900 },
  });
  // The log and ingestion health are never shared, so they offer no Share button.
  for (const unshareable of ['/events', '/ingestion']) {
    await page.goto(`${base()}${unshareable}?range=24h`);
    await page.getByRole('button', { name: 'Apply filters' }).waitFor();
    expect(await page.getByRole('button', { name: 'Share' }).count()).toBe(0);
  }
  await page.goto(`${base()}/?range=24h`);
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByLabel('Label (who it is for)').fill('Postmaster desk');
  await page.screenshot({ path: screenshotPath('share-dialog') });
  await page.getByRole('button', { name: 'Create link' }).click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(new RegExp(`^${base()}/share/[A-Za-z0-9_-]{43}$`));

  const stranger = await browser.newContext({
    viewport: { width: 1280, height: 1000 },
    acceptDownloads: true,
  });
  const shared = await stranger.newPage();
  const errors = watchErrors(shared);
  await shared.goto(url);
  await expect
    .poll(() => shared.getByTestId('shared-banner').textContent())
    .toContain('Postmaster desk');
  await expect
    .poll(() => shared.getByTestId('total-attempts').textContent(), { timeout: 20_000 })
    .toBe('2');
  expect(await shared.getByRole('link', { name: 'Admin' }).count()).toBe(0);
  expect(await shared.getByRole('button', { name: 'Share' }).count()).toBe(0);
  await shared.screenshot({ path: screenshotPath('share-view'), fullPage: true });
  const [download] = await Promise.all([
    shared.waitForEvent('download'),
    shared
      .getByRole('region', { name: 'Latest attempts' })
      .getByRole('button', { name: 'Export CSV' })
      .click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
  expect(csv).toContain('gmail.com');
  expect(errors).toEqual([]);

  await page.goto(`${base()}/admin/links`);
  await expect.poll(() => page.getByRole('cell', { name: 'Postmaster desk' }).count()).toBe(1);
  await page.screenshot({ path: screenshotPath('admin-share-links'), fullPage: true });
  await page.getByRole('button', { name: 'Revoke' }).click();
  await expect.poll(() => page.getByText(/^revoked/).count()).toBe(1);
  const gone = await shared.goto(url);
  expect(gone?.status()).toBe(404);
  await expect
    .poll(() => shared.getByRole('heading').first().textContent())
    .toBe('This link does not open anything');
  await page.context().close();
  await stranger.close();
});

test('a viewer sees the reports but neither Share nor the admin pages', async () => {
  const adminPage = await signedInPage(browser, base(), admin);
  const added = await adminPage.request.post(`${base()}/api/admin/users`, {
    headers: { origin: base() },
    data: { email: 'reader@team.example', role: 'viewer', password: 'a reader password' },
  });
  expect(added.status()).toBe(201);
  await adminPage.context().close();

  const page = await signedInPage(browser, base(), {
    email: 'reader@team.example',
    password: 'a reader password',
  });
  await page.goto(`${base()}/?range=24h`);
  await expect.poll(() => page.getByTestId('total-attempts').count(), { timeout: 20_000 }).toBe(1);
  expect(await page.getByRole('button', { name: 'Share' }).count()).toBe(0);
  expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
  await page.goto(`${base()}/admin/people`);
  await expect.poll(() => page.getByRole('heading', { name: 'Admins only' }).count()).toBe(1);
  await page.context().close();
});
