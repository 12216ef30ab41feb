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

/** The demo lead the wizard is shown for: one with two relation candidates, one of them a 100 % match. */
async function demoLeadId(search: string): Promise<string> {
  const response = await fetch(url.replace(/\/admin\/?$/, '/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'query($f: LeadFilter) { leads(filter: $f, first: 1) { edges { node { id } } } }',
      variables: { f: { search, status: ['NEW', 'IN_PROGRESS'] } },
    }),
  });
  const { data } = (await response.json()) as { data?: { leads: { edges: { node: { id: string } }[] } } };
  const id = data?.leads.edges[0]?.node.id;
  if (!id) throw new Error(`No open demo lead "${search}": run against a freshly seeded database`);
  return id;
}

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
  await page.goto(`${url}#/convert/${encodeURIComponent(await demoLeadId('Café Jansen'))}`);
  await page.getByRole('heading', { name: 'Step 1 of 4: Customer' }).waitFor();
  await page.locator('.busy').waitFor({ state: 'detached' });
  await page.screenshot({ path: path.join(dir, 'admin-wizard.png') });
  await browser.close();
  console.log(`Wrote admin-validation, admin-duplicates, admin-inbox, admin-dashboard and admin-wizard.png in ${dir}`);
}

void main();
