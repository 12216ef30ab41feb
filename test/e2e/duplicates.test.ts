import type { Browser } from 'playwright-core';
import { launchAdminBrowser, openAdmin } from '../support/browser';
import { dumpDatabase, MERGE_LOG_TABLES } from '../support/database-dump';
import { mergeFixtures } from '../support/merge-fixtures';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let browser: Browser;
let steward: Actor;
let make: ReturnType<typeof mergeFixtures>;

const RELATION = `query($id: ID!) { node(id: $id) { ... on Relation {
  name registrationNumber phone email website city status mergedInto { id }
  alternateValues { field value }
  contacts(first: 10) { edges { node { id } } }
  deals(first: 10) { edges { node { id } } }
  activities(first: 10) { edges { node { id } } }
} } }`;
const relation = async (id: string) => ok(await app.gql(RELATION, { id }, steward.token)).node;
const clusterOf = async (search: string, status = 'OPEN') =>
  ok(
    await app.gql(
      'query($f: DuplicateClusterFilter) { duplicateClusters(filter: $f) { edges { node { id status memberCount } } } }',
      { f: { search, status: [status] } },
      steward.token,
    ),
  ).duplicateClusters.edges.map((e: { node: unknown }) => e.node);

describe('the Duplicates and Merges pages in Chromium', () => {
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchAdminBrowser();
    steward = await app.actor('STEWARD', 'North');
    make = mergeFixtures(app, steward.token);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('merges a cluster of three taking a value from a non-survivor, loses nothing, and undoes it exactly', async () => {
    const [a, b, c] = await make.relations(
      {
        name: 'Fjordlys Bygg AS',
        registrationNumber: '987654321',
        country: 'NO',
        phone: '+47 22 33 44 55',
        email: 'post@fjordlys.no',
        city: 'Oslo',
      },
      { name: 'Fjordlys Bygg', registrationNumber: 'NO 987 654 321', country: 'NO', phone: '22334466', city: 'Oslo' },
      { name: 'FJORDLYS BYGG AS', email: 'post@fjordlys.no', website: 'www.fjordlys.no', country: 'NO' },
    );
    const [contact] = await make.contacts({ firstName: 'Kari', lastName: 'Fjord', relationId: b });
    const deal = await make.deal(c);
    const activity = await make.activity({ relationId: b });
    const [cluster] = await clusterOf('fjordlys');
    expect(cluster.memberCount).toBe(3);
    const before = await dumpDatabase(app.dataSource, MERGE_LOG_TABLES);
    const members = await Promise.all([a, b, c].map(relation));

    const admin = await openAdmin(browser, app, steward);
    const { page } = admin;
    await page.getByRole('link', { name: 'Duplicates' }).click();
    await page
      .getByRole('navigation', { name: 'Cluster queue' })
      .getByRole('link', { name: /Fjordlys/i })
      .click();
    await page.getByRole('heading', { name: /Fjordlys/i, level: 2 }).waitFor();
    expect(await page.getByRole('radio', { name: /Survivor: Fjordlys Bygg AS/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Keep phone 22334466 of Fjordlys Bygg', exact: true }).click();
    await page.getByText('(from Fjordlys Bygg)').waitFor();
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('duplicates-cluster');

    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText('Merged 2 records into Fjordlys Bygg AS.').waitFor();
    const survivor = await relation(a);
    expect(survivor.phone).toBe('22334466');
    expect(survivor.alternateValues).toContainEqual({ field: 'phone', value: members[0].phone });
    expect(survivor.website).toBe(members[2].website);
    // every contact detail of every member is the survivor's or one of its alternate values
    const kept = new Set([
      ...Object.values(survivor).filter((v) => typeof v === 'string'),
      ...survivor.alternateValues.map((v: { value: string }) => v.value),
    ]);
    for (const member of members)
      for (const field of ['phone', 'email', 'website', 'city'])
        if (member[field]) expect([field, kept.has(member[field])]).toEqual([field, true]);
    expect(survivor.contacts.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([contact]);
    expect(survivor.deals.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([deal]);
    expect(survivor.activities.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([activity]);
    for (const id of [b, c]) expect(await relation(id)).toMatchObject({ status: 'MERGED', mergedInto: { id: a } });

    // a merged record's id still opens, and leads on to its survivor
    await page.goto(`${app.baseUrl}/admin#/record/${encodeURIComponent(b)}`);
    await page.getByText('This record was merged into').getByRole('link', { name: 'Fjordlys Bygg AS' }).click();
    await page.getByRole('heading', { name: 'Relation: Fjordlys Bygg AS' }).waitFor();

    await page.getByRole('link', { name: 'Merges' }).click();
    await page.getByRole('row', { name: /Fjordlys Bygg AS/ }).waitFor();
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('merges');
    await page.getByRole('button', { name: 'Undo the merge into Fjordlys Bygg AS' }).click();
    await page.getByText('Undone: Fjordlys Bygg AS').waitFor();
    expect(await dumpDatabase(app.dataSource, MERGE_LOG_TABLES)).toEqual(before);
    await page.getByRole('button', { name: 'Undo the merge into Fjordlys Bygg AS' }).waitFor({ state: 'detached' });
    expect(admin.problems).toEqual([]);
    await admin.close();
  });

  it('merges with m and undoes the last merge with u', async () => {
    const [a, b] = await make.relations(
      {
        name: 'Birkelund Tryk ApS',
        registrationNumber: '31000022',
        phone: '+4587222222',
        country: 'DK',
        city: 'Aarhus',
      },
      { name: 'BIRKELUND TRYK APS', registrationNumber: 'DK 31000022', phone: '87222222', country: 'DK' },
    );
    const [cluster] = await clusterOf('birkelund');
    const admin = await openAdmin(browser, app, steward);
    const { page } = admin;
    await page.goto(`${app.baseUrl}/admin#/duplicates/${encodeURIComponent(cluster.id)}`);
    await page.getByRole('heading', { name: /Birkelund/i, level: 2 }).waitFor();
    await page.keyboard.press('m');
    await page.getByText('Merged 1 record into Birkelund Tryk ApS.').waitFor();
    expect(await relation(b)).toMatchObject({ status: 'MERGED', mergedInto: { id: a } });
    await page.keyboard.press('u');
    await page.getByText('The last merge was undone').waitFor();
    expect(await relation(b)).toMatchObject({ status: 'ACTIVE', mergedInto: null });
    expect(admin.problems).toEqual([]);
    await admin.close();
  });

  it('dismisses a cluster from the keyboard and says when an undo is refused', async () => {
    await make.relations(
      {
        name: 'Lyngbakke Auto ApS',
        registrationNumber: '31000044',
        phone: '+4587444444',
        country: 'DK',
        city: 'Aarhus',
      },
      { name: 'LYNGBAKKE AUTO APS', registrationNumber: 'DK 31000044', phone: '87444444', country: 'DK' },
    );
    const [cluster] = await clusterOf('lyngbakke');
    const admin = await openAdmin(browser, app, steward, { width: 400, height: 900 });
    const { page } = admin;
    await page.goto(`${app.baseUrl}/admin#/duplicates/${encodeURIComponent(cluster.id)}`);
    await page.getByRole('heading', { name: /Lyngbakke/i, level: 2 }).waitFor();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard keys' }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('d');
    await page.getByText(/Dismissed .*: its records are not duplicates/).waitFor();
    expect((await clusterOf('lyngbakke', 'DISMISSED')).map((c: { id: string }) => c.id)).toEqual([cluster.id]);
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('duplicates-dismissed-400px');

    // a merge whose survivor was merged into another since cannot be undone: the page says why
    const [x, y, z] = await make.relations(
      { name: 'Refusal AS', country: 'NO', city: 'Bergen' },
      { name: 'Refusal', country: 'NO' },
      { name: 'Refusal Norge', country: 'NO' },
    );
    ok(await make.merge(x, [y]));
    ok(await make.merge(z, [x]));
    await page.getByRole('link', { name: 'Merges' }).click();
    await page.getByRole('button', { name: 'Undo the merge into Refusal AS' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /Someone else changed this first.*undo that merge first/,
    );
    await admin.screenshot('merges-undo-refused');
    await admin.close();
  });
});
