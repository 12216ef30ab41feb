import type { Browser } from 'playwright-core';
import { launchAdminBrowser, openAdmin, type AdminPage } from '../support/browser';
import {
  addCatalogue,
  createContact,
  createLead,
  createRelation,
  prospect,
  quickConvertLead,
} from '../support/conversion-fixtures';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';
import { RegisterServer } from '../unit/leads/company-register/register-server';

let app: TestApp;
let browser: Browser;
let sales: Actor;
let cvr: RegisterServer;

const LEAD = `query($id: ID!) { node(id: $id) { ... on Lead {
  status version phone
  relation { id name city customerNumber contacts(first: 10) { totalCount } }
  contact { id firstName lastName email phone activities(first: 10) { edges { node { type subject dueAt doneAt owner { id } } } } }
  deal { id title stage value status pipeline { name } manager { id } relation { id } contact { id } }
} } }`;
const leadOf = async (id: string) => ok(await app.gql(LEAD, { id }, sales.token)).node;
const relationCount = async () =>
  ok(await app.gql('{ relations(first: 1) { totalCount } }', {}, sales.token)).relations.totalCount as number;

async function openWizard(leadId: string): Promise<AdminPage> {
  const admin = await openAdmin(browser, app, sales);
  await admin.page.goto(`${app.baseUrl}/admin#/convert/${encodeURIComponent(leadId)}`);
  await admin.page.getByRole('heading', { name: 'Step 1 of 4: Customer' }).waitFor();
  return admin;
}

const next = (admin: AdminPage, step: string) =>
  admin.page
    .getByRole('button', { name: 'Next' })
    .click()
    .then(() => admin.page.getByRole('heading', { name: step }).waitFor());

describe('the conversion wizard in Chromium', () => {
  beforeAll(async () => {
    cvr = await RegisterServer.start();
    app = await startTestApp({ cvrRegisterUrl: cvr.baseUrl });
    browser = await launchAdminBrowser();
    sales = await app.actor('SALES', 'North');
    await addCatalogue(app.dataSource);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cvr?.close();
  });

  it("loads the wizard's code only when the wizard is opened, showing that it is busy meanwhile", async () => {
    const lead = await createLead(app, sales.token, prospect('lazy'));
    const admin = await openAdmin(browser, app, sales);
    const scripts: string[] = [];
    admin.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await admin.page.getByRole('heading', { name: 'Inbox' }).waitFor();
    expect(scripts).toEqual([]);
    // the wizard's chunk is held back until the busy indicator has been seen
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await admin.page.route(/\/admin\/assets\/convert-page-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await admin.page.goto(`${app.baseUrl}/admin#/convert/${encodeURIComponent(lead.id)}`);
    await admin.page.getByRole('status').getByText('Loading the conversion wizard').waitFor();
    release();
    await admin.page.getByRole('heading', { name: 'Step 1 of 4: Customer' }).waitFor();
    expect(scripts).toEqual([expect.stringMatching(/^\/admin\/assets\/convert-page-[\w-]+\.js$/)]);
    expect(admin.problems).toEqual([]);
    await admin.close();
  });

  it('converts a lead into an existing relation chosen among two 100 % matches, taking the phone from the lead', async () => {
    const data = prospect('wizard');
    const company = data.companyName.replace(/ ApS$/, '');
    // two relations with the lead's name and phone, both a 100 % match: that is ambiguous, so the user chooses
    const [chosen] = await Promise.all(
      [
        { name: data.companyName, city: 'Aarhus' },
        { name: `${company} A/S`, city: 'Odense' },
      ].map((r) => createRelation(app, sales.token, { ...r, phone: data.phone, country: 'DK' })),
    );
    const person = await createContact(app, sales.token, {
      firstName: data.firstName,
      lastName: data.lastName,
      email: data.email,
      phone: '+45 70 10 20 30',
      relationId: chosen.id,
    });
    const lead = await createLead(app, sales.token, { ...data, registrationNumber: null, city: 'Aarhus' });
    const relationsBefore = await relationCount();

    const admin = await openWizard(lead.id);
    const { page } = admin;
    const candidate = page.getByRole('radio', {
      name: new RegExp(`${data.companyName} 100 %: same phone, .*name.*\\(a 100 % match\\) · Aarhus`),
    });
    await candidate.waitFor();
    await page.getByRole('radio', { name: new RegExp(`${company} A/S 100 %: .*\\(a 100 % match\\)`) }).waitFor();
    await page.getByText('More than one relation is a 100 % match, so none is chosen for you').waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    await page.getByRole('radio', { name: /Create a new relation as customer number C-\d+/ }).waitFor();
    await candidate.check();
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('wizard-customer');

    await next(admin, 'Step 2 of 4: Contact person');
    // the person with the lead's e-mail and name is the automatic choice; their phone differs from the lead's
    const contactChoice = page.getByRole('radio', { name: new RegExp(`${data.firstName} ${data.lastName} \\d+ %`) });
    await page.getByRole('group', { name: 'Phone' }).waitFor();
    expect(await contactChoice.isChecked()).toBe(true);
    const { phone: contactPhone } = ok(
      await app.gql('query($id: ID!) { node(id: $id) { ... on Contact { phone } } }', { id: person.id }, sales.token),
    ).node;
    expect(await page.getByRole('radio', { name: `Keep the contact's: ${contactPhone}` }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: /Take the lead's:/ }).check();
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('wizard-contact');

    await next(admin, 'Step 3 of 4: Case and follow-up');
    await page.getByRole('radio', { name: 'Open a new deal' }).check();
    await page.getByLabel('Title').fill('Heat pumps');
    await page.getByLabel('Stage').selectOption('Offer');
    await page.getByLabel('Value (optional)').fill('48000.50');
    expect(await page.getByRole('checkbox', { name: 'Plan a follow-up' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Type').inputValue()).toBe('CALL');
    await page.getByLabel('Due').fill('2030-06-03');
    expect(await admin.accessibilityViolations()).toEqual([]);

    await next(admin, 'Step 4 of 4: Summary');
    const summary = page.locator('dl.summary');
    await expect(summary.textContent()).resolves.toContain(`Existing relation ${data.companyName}`);
    await expect(summary.textContent()).resolves.toContain(`Phone changes from ${contactPhone} to `);
    await expect(summary.textContent()).resolves.toContain('New deal Heat pumps in Sales, stage Offer');
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('wizard-summary');
    await page.getByRole('button', { name: 'Convert' }).click();
    await page.getByRole('heading', { name: 'Converted' }).waitFor();
    await page.getByText(`Customer: ${data.companyName}`).waitFor();
    await page.getByRole('link', { name: 'Open the converted lead' }).waitFor();
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('wizard-converted');

    // what the API says was made and changed
    const converted = await leadOf(lead.id);
    expect(converted.status).toBe('CONVERTED');
    expect(converted.relation).toMatchObject({ id: chosen.id, contacts: { totalCount: 1 } });
    expect(await relationCount()).toBe(relationsBefore);
    expect(converted.contact).toMatchObject({ id: person.id, email: data.email, phone: converted.phone });
    expect(converted.phone).not.toBe(contactPhone);
    expect(converted.deal).toMatchObject({
      title: 'Heat pumps',
      stage: 'Offer',
      value: 48000.5,
      status: 'OPEN',
      pipeline: { name: 'Sales' },
      manager: { id: sales.id },
      relation: { id: chosen.id },
      contact: { id: person.id },
    });
    expect(converted.contact.activities.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      type: 'CALL',
      subject: expect.any(String),
      dueAt: '2030-06-03T00:00:00.000Z',
      doneAt: null,
      owner: { id: sales.id },
    });

    expect(admin.problems).toEqual([]);
    await admin.close();
  });

  it('explains a CONFLICT and starts again from the lead as it is now: edited first, then converted by someone else', async () => {
    const data = prospect('wizard-conflict');
    const edited = await createLead(app, sales.token, data);
    const taken = await createLead(app, sales.token, prospect('wizard-conflict-taken'));
    const admin = await openWizard(edited.id);
    const { page } = admin;
    const toSummary = async () => {
      await page.getByRole('radio', { name: /Create a new relation/ }).check();
      await next(admin, 'Step 2 of 4: Contact person');
      await next(admin, 'Step 3 of 4: Case and follow-up');
      await next(admin, 'Step 4 of 4: Summary');
    };
    await toSummary();

    // a colleague corrects the lead meanwhile: the wizard's version is stale, it reloads the lead and converts it then
    ok(
      await app.gql(
        'mutation($input: UpdateLeadInput!) { updateLead(input: $input) { version } }',
        { input: { id: edited.id, expectedVersion: edited.version, city: 'Vejle' } },
        sales.token,
      ),
    );
    await page.getByRole('button', { name: 'Convert' }).click();
    await page.getByText('Nothing was converted: someone changed the lead after you opened the wizard.').waitFor();
    await page.getByRole('heading', { name: 'Step 1 of 4: Customer' }).waitFor();
    expect((await leadOf(edited.id)).status).toBe('NEW');
    expect(await admin.accessibilityViolations()).toEqual([]);
    await toSummary();
    await page.getByRole('button', { name: 'Convert' }).click();
    await page.getByRole('heading', { name: 'Converted' }).waitFor();
    const converted = await leadOf(edited.id);
    expect(converted.status).toBe('CONVERTED');
    expect(converted.relation).toMatchObject({ name: data.companyName, city: 'Vejle' });

    // another lead: someone converts it while the wizard is open
    await page.goto(`${app.baseUrl}/admin#/convert/${encodeURIComponent(taken.id)}`);
    await page.getByRole('heading', { name: 'Step 1 of 4: Customer' }).waitFor();
    await toSummary();
    const quick = ok(await quickConvertLead(app, sales.token, taken.id)).quickConvertLead;
    const relationsBefore = await relationCount();
    await page.getByRole('button', { name: 'Convert' }).click();
    await page.getByText('Nothing was converted: someone else converted this lead first.').waitFor();
    await page.getByText(`The lead is converted into ${quick.relation.name}`).waitFor();
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('wizard-conflict');
    expect(await relationCount()).toBe(relationsBefore);
    expect((await leadOf(taken.id)).relation.id).toBe(quick.relation.id);
    expect(admin.problems).toEqual([]);
    await admin.close();
  });

  it('creates a new relation with the fields the company register gave and the customer number it showed', async () => {
    const data = prospect('wizard-register');
    const lead = await createLead(app, sales.token, { ...data, registrationNumber: '31678021' });
    // as cvrapi.dk answers, abridged
    cvr.answer(200, {
      vat: 31678021,
      name: 'Registered Name ApS',
      address: 'Landemærket 11',
      zipcode: '1119',
      city: 'København K',
      phone: '36154500',
    });
    const admin = await openWizard(lead.id);
    const { page } = admin;
    const create = page.getByRole('radio', { name: /Create a new relation as customer number/ });
    const label = await page.locator('label', { has: create }).textContent();
    const number = /customer number (\S+)/.exec(label ?? '')![1];
    expect(await create.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.getByText('Filled in from the register: Registered Name ApS.').waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Registered Name ApS');
    expect(await page.getByLabel('City').inputValue()).toBe('København K');
    // the register knows no e-mail: the lead's stays
    expect(await page.getByLabel('E-mail').inputValue()).toBe(data.email);
    await page.getByLabel('Website').fill('registered.example');
    expect(await admin.accessibilityViolations()).toEqual([]);
    await admin.screenshot('wizard-register');
    await next(admin, 'Step 2 of 4: Contact person');
    await next(admin, 'Step 3 of 4: Case and follow-up');
    await page.getByRole('checkbox', { name: 'Plan a follow-up' }).uncheck();
    await next(admin, 'Step 4 of 4: Summary');
    await expect(page.locator('dl.summary').textContent()).resolves.toContain(
      `New relation Registered Name ApS, customer number ${number}`,
    );
    await page.getByRole('button', { name: 'Convert' }).click();
    await page.getByRole('heading', { name: 'Converted' }).waitFor();

    const relation = ok(
      await app.gql(
        `query($id: ID!) { node(id: $id) { ... on Lead { activities(first: 10) { totalCount }
          relation { name registrationNumber street postalCode city phone website customerNumber kind }
          contact { firstName activities(first: 10) { edges { node { type dueAt } } } } } } }`,
        { id: lead.id },
        sales.token,
      ),
    ).node;
    expect(relation.relation).toEqual({
      name: 'Registered Name ApS',
      registrationNumber: '31678021',
      street: 'Landemærket 11',
      postalCode: '1119',
      city: 'København K',
      phone: expect.stringContaining('36154500'.slice(-4)),
      website: expect.stringContaining('registered.example'),
      customerNumber: number,
      kind: 'COMPANY',
    });
    // no follow-up was planned: the contact holds only the note of the conversion
    expect(relation.contact.firstName).toBe(data.firstName);
    expect(relation.contact.activities.edges.map((e: { node: { type: string } }) => e.node.type)).toEqual(['NOTE']);
    expect(admin.problems).toEqual([]);
    await admin.close();
  });

  it('makes a private person a relation of their own, with no contact person and no register look-up', async () => {
    const { firstName, lastName, email } = prospect('wizard-private');
    const lead = await createLead(app, sales.token, { kind: 'PRIVATE', firstName, lastName, email });
    const admin = await openWizard(lead.id);
    const { page } = admin;
    expect(
      await page.getByRole('radio', { name: /Create the person's own relation as customer number/ }).isChecked(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: 'Look up' }).count()).toBe(0);
    await next(admin, 'Step 2 of 4: Contact person');
    const noContact = page.getByRole('radio', { name: 'No contact person' });
    expect(await noContact.isChecked()).toBe(true);
    // from the keyboard alone: the new step's heading has the focus, Tab enters the choices, arrows choose, Enter goes on
    // (the step moves the focus once it has rendered: wait for that before reading it)
    await page.getByRole('heading', { name: 'Step 2 of 4: Contact person' }).and(page.locator(':focus')).waitFor();
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Step 2 of 4: Contact person');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowUp');
    expect(
      await page.getByRole('radio', { name: `Create ${firstName} ${lastName} as a new contact person` }).isChecked(),
    ).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await noContact.isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Step 3 of 4: Case and follow-up' }).waitFor();
    await next(admin, 'Step 4 of 4: Summary');
    await page.getByRole('button', { name: 'Convert' }).click();
    await page.getByRole('heading', { name: 'Converted' }).waitFor();
    const converted = await leadOf(lead.id);
    expect(converted.status).toBe('CONVERTED');
    expect(converted.relation.name).toBe(`${firstName} ${lastName}`);
    expect(converted.contact).toBeNull();
    expect(admin.problems).toEqual([]);
    await admin.close();
  });
});
