import type { Browser } from 'playwright-core';
import { launchAdminBrowser, openAdmin } from '../support/browser';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';
import { findingOf, validationClient } from '../support/validation-client';

let app: TestApp;
let browser: Browser;
let steward: Actor;
let client: ReturnType<typeof validationClient>;

const phoneOf = async (id: string) =>
  ok(
    await app.gql<{ node: { phone: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Relation { phone } } }',
      { id },
      steward.token,
    ),
  ).node.phone;

describe('the Validation page in Chromium', () => {
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchAdminBrowser();
    steward = await app.actor('STEWARD', 'North');
    client = validationClient(app);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('fixes one finding, then all findings of a rule after saying how many records', async () => {
    const one = await client.createRelation(steward.token, {
      name: 'Fix One ApS',
      country: 'DK',
      phone: '40 12 34 56',
    });
    const others = await Promise.all(
      ['Fix Two ApS', 'Fix Three ApS'].map((name, i) =>
        client.createRelation(steward.token, { name, country: 'DK', phone: `40 12 34 6${i}` }),
      ),
    );
    findingOf(one.findings, 'PHONE_NOT_E164');
    const admin = await openAdmin(browser, app, steward);
    const { page } = admin;
    await page.getByRole('link', { name: 'Validation' }).click();
    await page.getByRole('heading', { name: 'Validation' }).waitFor();
    const bar = page.getByRole('figure').getByRole('button', { name: /PHONE_NOT_E164/ });
    await expect(bar.textContent()).resolves.toMatch(/PHONE_NOT_E164\s*3$/);
    await bar.click();
    await page.getByRole('row', { name: /Fix One ApS/ }).waitFor();
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('validation-report');

    await page.getByRole('button', { name: 'Fix PHONE_NOT_E164 of Fix One ApS' }).click();
    await page.getByText('Fixed PHONE_NOT_E164 of Fix One ApS.').waitFor();
    await page.getByRole('row', { name: /Fix One ApS/ }).waitFor({ state: 'detached' });
    expect(await phoneOf(one.id)).toBe('+4540123456');

    await page.getByRole('button', { name: 'Fix all', exact: true }).click();
    await page.getByText('2 records', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Fix all 2 records' }).click();
    await page.getByText('Fixed 2 records for PHONE_NOT_E164').waitFor();
    expect(await Promise.all(others.map((r) => phoneOf(r.id)))).toEqual(['+4540123460', '+4540123461']);
    await page.getByText('No open findings under these filters.').waitFor();
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('validation-fixed-all');
    expect(admin.problems).toEqual([]);
    await admin.close();
  });

  it('ignores a finding with a reason and shows a conflict in words, then the current data', async () => {
    const shouting = await client.createRelation(steward.token, { name: 'SHOUTING NAME A/S', country: 'DK' });
    const stale = await client.createRelation(steward.token, { name: 'STALE NAME A/S', country: 'DK' });
    const admin = await openAdmin(browser, app, steward, { width: 400, height: 800 });
    const { page } = admin;
    await page.goto(`${app.baseUrl}/admin#/validation`);
    await page
      .getByRole('figure')
      .getByRole('button', { name: /NAME_ALL_CAPS/ })
      .click();
    await page
      .getByRole('row', { name: /SHOUTING NAME/ })
      .getByRole('button', { name: 'Ignore…' })
      .click();
    await page.getByLabel('Reason for ignoring').fill('It is their brand');
    await page.getByRole('button', { name: 'Ignore', exact: true }).click();
    await page.getByText('Ignored NAME_ALL_CAPS of SHOUTING NAME A/S.').waitFor();
    const ignored = ok(
      await app.gql<{ node: { findings: { ignoredReason: string }[] } }>(
        'query($id: ID!) { node(id: $id) { ... on Relation { findings(includeIgnored: true) { ignoredReason } } } }',
        { id: shouting.id },
        steward.token,
      ),
    ).node.findings;
    expect(ignored.map((f) => f.ignoredReason)).toContain('It is their brand');

    // a colleague edits the record after the page loaded it: the steward's edit is refused and the row reloads
    ok(
      await app.gql(
        'mutation($input: UpdateRelationInput!) { updateRelation(input: $input) { id } }',
        { input: { id: stale.id, expectedVersion: stale.version, name: 'STALE NAME TOO A/S' } },
        steward.token,
      ),
    );
    const staleRow = page.getByRole('row', { name: /STALE NAME A\/S/ });
    await staleRow.getByRole('button', { name: 'Edit value' }).click();
    await staleRow.getByLabel('New name').fill('Stale Name A/S');
    await staleRow.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Someone else changed this first');
    await page.getByRole('row', { name: /STALE NAME TOO A\/S/ }).waitFor();
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('validation-conflict-400px');
    await admin.close();
  });

  it('shows a lead named like markup as text', async () => {
    const lead = await client.createLead(steward.token, {
      firstName: '<img src=x onerror=alert(1)>',
      lastName: 'Test',
      email: 'markup@example.com',
    });
    const admin = await openAdmin(browser, app, steward);
    const { page } = admin;
    await page.goto(`${app.baseUrl}/admin#/record/${encodeURIComponent(lead.id)}`);
    await page.getByRole('heading', { name: 'Lead: <img src=x onerror=alert(1)> Test' }).waitFor();
    expect(await page.locator('main img').count()).toBe(0);
    expect(admin.problems).toEqual([]);
    await admin.screenshot('record-markup-name');
    await admin.close();
  });
});
