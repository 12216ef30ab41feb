import type { Browser, Page } from 'playwright-core';
import { openDatabase } from '../../src/db/open-database';
import { transaction } from '../../src/db/transaction';
import type { LeadData } from '../../src/leads/lead-data';
import { createLeads } from '../../src/leads/lead-intake.service';
import { MAX_REPLAY } from '../../src/live/lead-stream';
import { MAX_BATCH } from '../../src/records/create-records';
import { createSite } from '../../src/leads/web/site.service';
import { launchAdminBrowser, openAdmin, type AdminPage } from '../support/browser';
import { addCatalogue } from '../support/conversion-fixtures';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let browser: Browser;
let sales: Actor;
let colleague: Actor;
let siteKey: string;

const LEAD = `query($id: ID!) { node(id: $id) { ... on Lead { status rejectionReason owner { name } relation { name } } } }`;

async function leadOf(id: string) {
  const { node } = ok(
    await app.gql<{
      node: {
        status: string;
        rejectionReason: string | null;
        owner: { name: string } | null;
        relation: { name: string } | null;
      };
    }>(LEAD, { id }, sales.token),
  );
  return node;
}

/** A lead as a web form on the division's site sends it. */
async function postWebLead(lastName: string): Promise<string> {
  const response = await fetch(`${app.baseUrl}/api/web-leads`, {
    method: 'POST',
    body: new URLSearchParams({ siteKey, firstName: 'Web', lastName, email: `${lastName.toLowerCase()}@web.example` }),
  });
  expect(response.status).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

async function createApiLead(lastName: string, companyName: string): Promise<string> {
  const { createLead: lead } = ok(
    await app.gql<{ createLead: { id: string } }>(
      'mutation($input: LeadInput!) { createLead(input: $input) { id } }',
      {
        input: {
          firstName: 'Api',
          lastName,
          companyName,
          country: 'DK',
          email: `${lastName.toLowerCase()}@api.example`,
        },
      },
      sales.token,
    ),
  );
  return lead.id;
}

/**
 * Stops the server, writes the leads straight into its database while none runs (no event announces them: only a
 * replay after: the last cursor can bring them), and starts it again on the same port and database.
 */
async function restartWithLeadsWrittenMeanwhile(pages: AdminPage[], leads: LeadData[]): Promise<void> {
  const { port } = app.server;
  const databaseUrl = app.databaseUrl;
  await app.close();
  for (const admin of pages) await admin.page.getByRole('status').filter({ hasText: 'reconnecting' }).waitFor();
  const away = await openDatabase(databaseUrl);
  await transaction(away, sales.user, async (uow) => {
    for (let i = 0; i < leads.length; i += MAX_BATCH) await createLeads(uow, leads.slice(i, i + MAX_BATCH));
  });
  await away.destroy();
  app = await startTestApp({ databaseUrl, port });
}

const row = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(name) });

/** Waits until the inbox lists this one lead: the list before the filter may show it too, among others. */
async function onlyRow(page: Page, name: string): Promise<void> {
  await page.locator('tbody tr').nth(1).waitFor({ state: 'detached' });
  await row(page, name).waitFor();
  expect(await page.locator('tbody tr').count()).toBe(1);
}

async function openInbox(admin: AdminPage): Promise<void> {
  await admin.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
  await admin.page.getByRole('heading', { name: 'Inbox' }).waitFor();
  await admin.page
    .getByRole('status')
    .filter({ hasText: /^live$/ })
    .waitFor();
}

describe('the lead inbox and the dashboard in Chromium', () => {
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchAdminBrowser();
    sales = await app.actor('SALES', 'North');
    colleague = await app.actor('SALES', 'North');
    await addCatalogue(app.dataSource);
    ({ key: siteKey } = await transaction(app.dataSource, ({ manager: m }) =>
      createSite(m, { name: 'North site', origins: ['https://north.example'], divisionName: 'North' }),
    ));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows a web lead live to a SALES user, who takes, quick-converts and rejects leads there', async () => {
    const toConvert = await createApiLead('Quick', 'Quickly Convert ApS');
    const toReject = await createApiLead('Nope', 'Not Interested ApS');
    const admin = await openAdmin(browser, app, sales);
    const { page } = admin;
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Inbox', 'Dashboard']);
    await openInbox(admin);
    await row(page, 'Quickly Convert ApS').waitFor();

    const arrived = await postWebLead('Arrival');
    const arrivedRow = row(page, 'Web Arrival');
    await arrivedRow.getByText('New', { exact: true }).waitFor();
    expect(await page.locator('tbody tr').first().textContent()).toContain('Web Arrival');
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('inbox-live-lead');

    await page.getByRole('button', { name: 'Take Web Arrival' }).click();
    await page.getByText('You took Web Arrival.').waitFor();
    await arrivedRow.getByText(sales.user.name).waitFor();
    expect(await leadOf(arrived)).toMatchObject({ status: 'IN_PROGRESS', owner: { name: sales.user.name } });

    await page.getByRole('button', { name: 'Quick convert Api Quick, Quickly Convert ApS' }).click();
    await page.getByText(/Converted Api Quick, Quickly Convert ApS into relation Quickly Convert ApS/).waitFor();
    await page.getByRole('link', { name: 'See what it became' }).waitFor();
    expect(await leadOf(toConvert)).toMatchObject({ status: 'CONVERTED', relation: { name: 'Quickly Convert ApS' } });

    await page.getByRole('button', { name: 'Reject Api Nope, Not Interested ApS…' }).click();
    await page.getByLabel('Reason for rejecting Api Nope, Not Interested ApS').fill('No budget this year');
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    await page.getByText('Rejected Api Nope, Not Interested ApS.').waitFor();
    expect(await leadOf(toReject)).toMatchObject({ status: 'REJECTED', rejectionReason: 'No budget this year' });

    await page.getByRole('button', { name: 'Reject Api Quick, Quickly Convert ApS…' }).click();
    await page.getByLabel('Reason for rejecting Api Quick, Quickly Convert ApS').fill('Changed my mind');
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /^Refused: Lead \S+ is CONVERTED and can no longer be rejected$/,
    );
    expect((await leadOf(toConvert)).status).toBe('CONVERTED');

    const toAssign = await createApiLead('Handover', 'Handed Over ApS');
    await page.getByRole('button', { name: 'Assign Api Handover, Handed Over ApS…' }).click();
    await page
      .getByLabel('Assign Api Handover, Handed Over ApS to')
      .selectOption({ label: `${colleague.user.name} (SALES)` });
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.getByText(`Assigned Api Handover, Handed Over ApS to ${colleague.user.name}.`).waitFor();
    expect(await leadOf(toAssign)).toMatchObject({ status: 'IN_PROGRESS', owner: { name: colleague.user.name } });

    // a colleague takes a lead elsewhere: the row shows it without a reload
    const elsewhere = await createApiLead('Elsewhere', 'Taken Elsewhere ApS');
    await row(page, 'Taken Elsewhere ApS').waitFor();
    ok(await app.gql('mutation($id: ID!) { takeLead(leadId: $id) { id } }', { id: elsewhere }, colleague.token));
    await row(page, 'Taken Elsewhere ApS').getByText(colleague.user.name).waitFor();
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('inbox-worked');
    expect(admin.problems).toEqual([]);
    await admin.close();
  });

  it('keeps the filter in the URL, so the link reproduces the view', async () => {
    const admin = await openAdmin(browser, app, sales);
    const { page } = admin;
    await openInbox(admin);
    // typed first, then a box ticked: the tick applies the whole form, the search with it
    await page.getByLabel('Search').fill('Interested');
    await page.getByRole('group', { name: 'Status' }).getByLabel('rejected').check();
    await page.waitForURL(/#\/inbox\?status=REJECTED&search=Interested$/);
    expect(await page.getByLabel('Search').inputValue()).toBe('Interested');
    // two boxes ticked one after the other: both stay, however soon the second follows the first
    await page.getByRole('group', { name: 'Source' }).getByLabel('web').check();
    await page.getByRole('group', { name: 'Source' }).getByLabel('api').check();
    await page.waitForURL(/#\/inbox\?status=REJECTED&source=WEB%2CAPI&search=Interested$/);
    await page.getByRole('group', { name: 'Source' }).getByLabel('web').uncheck();
    await page.getByRole('group', { name: 'Source' }).getByLabel('api').uncheck();
    await page.waitForURL(/#\/inbox\?status=REJECTED&search=Interested$/);
    // Apply applies what is typed (the form is drawn afresh with the list: typed into before that, it would be lost)
    await page.getByLabel('Search').fill('Zzyzx');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/#\/inbox\?status=REJECTED&search=Zzyzx$/);
    await page.getByText('No leads under these filters.').waitFor();
    await page.getByLabel('Search').fill('Interested');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/#\/inbox\?status=REJECTED&search=Interested$/);
    await onlyRow(page, 'Not Interested ApS');
    const link = page.url();

    const again = await openAdmin(browser, app, sales);
    await again.page.goto(link);
    await onlyRow(again.page, 'Not Interested ApS');
    expect(await again.page.getByRole('group', { name: 'Status' }).getByLabel('rejected').isChecked()).toBe(true);
    expect(await again.page.getByLabel('Search').inputValue()).toBe('Interested');
    await again.page.getByRole('link', { name: 'Api Nope, Not Interested ApS', exact: true }).click();
    await again.page.getByRole('heading', { name: 'Lead: Api Nope, Not Interested ApS' }).waitFor();
    await again.page.getByText('No budget this year').first().waitFor();
    expect(await again.accessibilityViolations()).toEqual([]);
    await again.screenshot('lead-page');
    expect([...admin.problems, ...again.problems]).toEqual([]);
    await again.close();
    await admin.close();
  });

  it("shows a steward the data-quality figures on the dashboard and a lead's findings and possible duplicates", async () => {
    const steward = await app.actor('STEWARD', 'North');
    const twin = { firstName: 'Tvilling', lastName: 'Dobbelt', companyName: 'Dobbelt ApS', phone: '40 11 22 33' };
    await createApiLead('Dobbelt', 'Dobbelt ApS');
    const { createLead: lead } = ok(
      await app.gql<{ createLead: { id: string } }>(
        'mutation($input: LeadInput!) { createLead(input: $input) { id } }',
        { input: { ...twin, email: 'dobbelt@api.example', country: 'DK' } },
        sales.token,
      ),
    );
    const admin = await openAdmin(browser, app, steward);
    const { page } = admin;
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page
      .getByRole('table', { name: 'Open findings by rule' })
      .getByRole('row', { name: /PHONE_NOT_E164/ })
      .waitFor();
    await page.getByText(/open duplicate clusters/).waitFor();
    await page.getByText(/merges\s+today/).waitFor();
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('dashboard-steward');

    await page.goto(`${app.baseUrl}/admin#/leads/${encodeURIComponent(lead.id)}`);
    await page.getByRole('heading', { name: 'Lead: Tvilling Dobbelt, Dobbelt ApS' }).waitFor();
    await page.getByText(/^PHONE_NOT_E164 \(warning\) on phone/).waitFor();
    await page.getByRole('link', { name: 'Api Dobbelt, Dobbelt ApS' }).waitFor();
    await page.getByRole('heading', { name: 'Customers it may be' }).waitFor();
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('lead-page-steward');
    expect(admin.problems).toEqual([]);
    await admin.close();
  });

  it('counts arriving leads on the dashboard, and both pages catch up after a server restart, each lead once', async () => {
    const inbox = await openAdmin(browser, app, sales);
    await openInbox(inbox);
    const dashboard = await openAdmin(browser, app, sales);
    await dashboard.page.getByRole('link', { name: 'Dashboard' }).click();
    const today = dashboard.page.getByTestId('leads-today');
    const count = async () => Number(await today.textContent());
    await dashboard.page
      .getByRole('status')
      .filter({ hasText: /^live$/ })
      .waitFor();
    const before = await count();
    expect(before).toBeGreaterThan(0);

    await postWebLead('Counted');
    await dashboard.page.getByRole('listitem').filter({ hasText: 'Web Counted' }).waitFor();
    expect(await count()).toBe(before + 1);
    expect(await dashboard.accessibilityViolations()).toEqual([]);
    await dashboard.screenshot('dashboard-live');

    await restartWithLeadsWrittenMeanwhile(
      [inbox, dashboard],
      ['Away One', 'Away Two'].map((lastName) => ({
        firstName: 'Offline',
        lastName,
        companyName: `${lastName} ApS`,
        email: `${lastName.replace(' ', '.').toLowerCase()}@offline.example`,
      })),
    );

    for (const name of ['Away One', 'Away Two']) {
      await row(inbox.page, `${name} ApS`).waitFor();
      await dashboard.page
        .getByRole('listitem')
        .filter({ hasText: `Offline ${name}` })
        .waitFor();
    }
    await inbox.page
      .getByRole('status')
      .filter({ hasText: /^live$/ })
      .waitFor();
    // and on live again
    await postWebLead('After');
    await row(inbox.page, 'Web After').waitFor();
    await dashboard.page.getByRole('listitem').filter({ hasText: 'Web After' }).waitFor();
    for (const name of ['Away One ApS', 'Away Two ApS', 'Web After'])
      expect(await row(inbox.page, name).count()).toBe(1);
    for (const name of ['Offline Away One', 'Offline Away Two', 'Web After', 'Web Counted'])
      expect(await dashboard.page.locator('.ticker li').filter({ hasText: name }).count()).toBe(1);
    expect(await count()).toBe(before + 4);
    await inbox.screenshot('inbox-after-restart');
    await dashboard.screenshot('dashboard-after-restart');
    // the browser logs the refused connections while the server was down; nothing else
    for (const admin of [inbox, dashboard])
      expect(admin.problems.filter((problem) => !/WebSocket|ERR_CONNECTION_REFUSED/.test(problem))).toEqual([]);
    await inbox.close();
    await dashboard.close();
  });

  it('counts again and reloads when more leads came meanwhile than the server replays', async () => {
    const inbox = await openAdmin(browser, app, sales);
    await openInbox(inbox);
    const dashboard = await openAdmin(browser, app, sales);
    await dashboard.page.getByRole('link', { name: 'Dashboard' }).click();
    const today = dashboard.page.getByTestId('leads-today');
    await dashboard.page
      .getByRole('status')
      .filter({ hasText: /^live$/ })
      .waitFor();
    const before = Number(await today.textContent());

    const bulk = Array.from({ length: MAX_REPLAY + 1 }, (_, i) => ({
      lastName: `Bulk ${i + 1}`,
      email: `bulk${i + 1}@offline.example`,
    }));
    await restartWithLeadsWrittenMeanwhile([inbox, dashboard], bulk);
    await row(inbox.page, `Bulk ${MAX_REPLAY + 1}`).waitFor();
    await dashboard.page.getByText(`Bulk ${MAX_REPLAY + 1}`, { exact: true }).waitFor();
    await expect(today.textContent()).resolves.toBe(String(before + MAX_REPLAY + 1));
    await postWebLead('Afterwards');
    await row(inbox.page, 'Web Afterwards').waitFor();
    await dashboard.page.getByText('Web Afterwards', { exact: true }).waitFor();
    expect(Number(await today.textContent())).toBe(before + MAX_REPLAY + 2);
    expect(await row(inbox.page, `Bulk ${MAX_REPLAY + 1}`).count()).toBe(1);
    await inbox.close();
    await dashboard.close();
  });
});
