/**
 * The README's screenshots of the admin, from a running server with data (npm run crm -- seed):
 *   ADMIN_TOKEN=<steward token> node dist/bench/admin-screenshots.js [http://localhost:4000/admin] [docs]
 */
import path from 'node:path';
import { launchChromium, signedInContext } from './support/chromium';

const url = process.argv[2] ?? 'http://localhost:4000/admin';
const dir = process.argv[3] ?? 'docs';
const token = process.env.ADMIN_TOKEN;
if (!token) throw new Error('Set ADMIN_TOKEN to a STEWARD token (npm run crm -- seed prints some)');

async function main() {
  const browser = await launchChromium();
  const context = await signedInContext(browser, token!);
  const page = await context.newPage();
  await page.goto(`${url}#/validation`);
  await page.locator('main .pager').waitFor();
  await page.locator('.busy').waitFor({ state: 'detached' });
  await page.screenshot({ path: path.join(dir, 'admin-validation.png') });
  await page.goto(`${url}#/duplicates`);
  await page.getByRole('navigation', { name: 'Cluster queue' }).getByRole('link').first().click();
  await page.locator('article.cluster').waitFor();
  await page.locator('.busy').waitFor({ state: 'detached' });
  await page.screenshot({ path: path.join(dir, 'admin-duplicates.png') });
  await page.goto(`${url}#/inbox`);
  await page.locator('main .pager').waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: /^live$/ })
    .waitFor();
  await page.screenshot({ path: path.join(dir, 'admin-inbox.png') });
  await page.goto(`${url}#/dashboard`);
  await page.locator('.ticker li').first().waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: /^live$/ })
    .waitFor();
  await page.locator('.busy').waitFor({ state: 'detached' });
  await page.screenshot({ path: path.join(dir, 'admin-dashboard.png') });
  await browser.close();
  console.log(`Wrote ${dir}/admin-validation.png, admin-duplicates.png, admin-inbox.png and admin-dashboard.png`);
}

void main();
