import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchAdminBrowser, openAdmin } from '../support/browser';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let browser: Browser;
let steward: Actor;

const SHEET = [
  'Fornavn,Efternavn,E-mail,Telefon,Firma',
  'Anna,Berg,anna@berg.example,,Berg Consult',
  'Bo,Nielsen,,,Nielsen Smed',
  'Carl,Dahl,not-an-address,,',
  'Dora,Eng,dora@eng.example,+4540404040,Eng og Co',
].join('\n');

const leadsNamed = async (search: string) =>
  ok(
    await app.gql(
      'query($f: LeadFilter) { leads(filter: $f) { totalCount edges { node { firstName lastName source } } } }',
      { f: { search } },
      steward.token,
    ),
  ).leads;

describe('the Import page in Chromium', () => {
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchAdminBrowser();
    steward = await app.actor('STEWARD', 'North');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('checks a spreadsheet with broken rows, shows its report, imports the good rows and offers the rejected ones as CSV', async () => {
    const admin = await openAdmin(browser, app, steward);
    const { page } = admin;
    await page.getByRole('link', { name: 'Import' }).click();
    await page
      .getByLabel('Spreadsheet (CSV or XLSX; or drop it here)')
      .setInputFiles({ name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from(SHEET) });
    await page.getByLabel('Record type').selectOption('leads');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'Dry run: nothing was written' }).waitFor();
    await expect(page.getByRole('status').last().textContent()).resolves.toContain(
      '4 rows read, 2 would be created, 2 skipped, 2 rejected',
    );
    expect(await page.getByLabel('E-mail').inputValue()).toBe('email');
    const rejected = page.getByRole('table', { name: 'Rows that are not imported, and why' });
    await expect(rejected.getByRole('row').nth(1).textContent()).resolves.toMatch(/^3email/);
    await expect(rejected.getByRole('row').nth(2).textContent()).resolves.toMatch(/^4email/);
    expect((await leadsNamed('Berg')).totalCount).toBe(0);
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('import-dry-run');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download rejected rows (CSV)' }).click(),
    ]);
    const lines = fs
      .readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('row,field,column,code,reason');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['3', '4']);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    await expect(page.getByRole('status').last().textContent()).resolves.toContain('4 rows read, 2 created');
    const imported = await leadsNamed('Berg');
    expect(imported.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { firstName: 'Anna', lastName: 'Berg', source: 'IMPORT' },
    ]);
    expect((await leadsNamed('Nielsen')).totalCount).toBe(0);
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('import-done');
    expect(admin.problems).toEqual([]);
    await admin.close();
  });
});
