import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../bench/support/chromium';
import { ADMIN_DIR } from '../../src/static/admin.route';
import type { Actor, TestApp } from './test-app';

// a browser test walks through several pages; a loaded CI machine needs more than the suite's 30 s
jest.setTimeout(90_000);

const RESULTS = path.resolve(__dirname, '../../test-results');

/** Chromium for the admin's tests, once the admin is built. */
export function launchAdminBrowser(): Promise<Browser> {
  if (!fs.existsSync(path.join(ADMIN_DIR, 'index.html'))) throw new Error('The admin is not built: npm run build');
  return launchChromium();
}

export interface AdminPage {
  page: Page;
  /** console errors (CSP violations among them) and dialogs (an alert() that ran) seen so far */
  problems: string[];
  screenshot(name: string): Promise<void>;
  /** axe-core over the page as it is: the serious and critical violations, described */
  accessibilityViolations(): Promise<string[]>;
  close(): Promise<void>;
}

/** A new browser context on /admin, signed in with the actor's token when one is given. */
export async function openAdmin(
  browser: Browser,
  app: TestApp,
  actor?: Actor,
  viewport = { width: 1280, height: 900 },
): Promise<AdminPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${app.baseUrl}/admin`);
  if (actor) {
    await page.getByLabel('API token').fill(actor.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`${actor.user.name} (${actor.user.role})`).waitFor();
  }
  return {
    page,
    problems,
    async screenshot(name) {
      fs.mkdirSync(RESULTS, { recursive: true });
      await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: true });
    },
    async accessibilityViolations() {
      // evaluated over the DevTools protocol, which the page's Content-Security-Policy does not govern
      await page.evaluate(axe.source);
      const violations = (await page.evaluate(`axe
        .run(document, { resultTypes: ['violations'] })
        .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) })))`)) as {
        id: string;
        impact: string;
        nodes: string[];
      }[];
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).join(' | ')}`);
    },
    close: () => context.close(),
  };
}
