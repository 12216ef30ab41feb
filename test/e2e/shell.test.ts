import type { Browser } from 'playwright-core';
import { launchAdminBrowser, openAdmin } from '../support/browser';
import { startTestApp, type Actor, type TestApp } from '../support/test-app';
import { ADMIN_CSP } from '../../src/static/admin.route';

let app: TestApp;
let browser: Browser;
let steward: Actor;
let sales: Actor;

describe('the admin shell in Chromium', () => {
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchAdminBrowser();
    steward = await app.actor('STEWARD', 'North');
    sales = await app.actor('SALES', 'North');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('serves /admin under a strict Content-Security-Policy', async () => {
    const response = await fetch(`${app.baseUrl}/admin`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(ADMIN_CSP);
    expect(ADMIN_CSP).toContain("script-src 'self'");
    expect(await response.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('signs in with a token, shows the steward pages, and signs out', async () => {
    const admin = await openAdmin(browser, app, steward);
    const nav = admin.page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Validation', 'Duplicates', 'Merges', 'Import', 'Inbox', 'Dashboard'])
      await nav.getByRole('link', { name }).waitFor();
    expect(await admin.page.evaluate('sessionStorage.length')).toBe(1);
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('shell-signed-in');
    await admin.page.getByRole('button', { name: 'Sign out' }).click();
    await admin.page.getByLabel('API token').waitFor();
    expect(await admin.page.evaluate('sessionStorage.length')).toBe(0);
    expect(await admin.accessibilityViolations()).toEqual([]);
    expect(admin.problems).toEqual([]);
    await admin.close();
  });

  it('says in words when the token is not valid', async () => {
    const admin = await openAdmin(browser, app);
    await admin.page.getByLabel('API token').fill('not-a-token');
    await admin.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(admin.page.getByRole('alert').textContent()).resolves.toContain('API token is not valid');
    await admin.screenshot('shell-bad-token');
    await admin.close();
  });

  it('shows a SALES token the inbox and the dashboard, and no steward page, not even by its address', async () => {
    const admin = await openAdmin(browser, app, sales);
    const nav = admin.page.getByRole('navigation', { name: 'Main' });
    await admin.page.getByRole('heading', { name: 'Inbox' }).waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Inbox', 'Dashboard']);
    await admin.page.goto(`${app.baseUrl}/admin#/validation`);
    await admin.page.getByText('There is no page "validation" for your role.').waitFor();
    expect(await admin.page.getByRole('heading', { name: 'Validation' }).count()).toBe(0);
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('shell-sales');
    await admin.close();
  });
});
