import { Attachment, Lead, NumberSeries } from '../../src/entities';
import { fromGlobalId } from '../../src/schema/global-id';
import {
  addCatalogue,
  convertLead,
  createContact,
  createLead,
  createRelation,
  databaseState,
  prospect,
  quickConvertLead,
  type Catalogue,
} from '../support/conversion-fixtures';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let sales: Actor;
let catalogue: Catalogue;

beforeAll(async () => {
  app = await startTestApp();
  sales = await app.actor('SALES', 'North');
  catalogue = await addCatalogue(app.dataSource);
});
afterAll(() => app.close());

const convert = async (input: Record<string, unknown>, token = sales.token) =>
  ok(await convertLead(app, token, input)).convertLead;
const businessLead = (seed: string, extra: Record<string, unknown> = {}) =>
  createLead(app, sales.token, { ...prospect(seed), ...extra });
const names = (tags: { name: string }[]) => tags.map((t) => t.name).sort();
const nextNumberOf = async (series: string) =>
  (await app.dataSource.getRepository(NumberSeries).findOneByOrFail({ id: fromGlobalId(series).id })).nextNumber;

describe('convertLead to a CLIENT', () => {
  it('creates a relation from the lead, numbered from the default series, and nothing else', async () => {
    const lead = await businessLead('client-new');
    const next = await nextNumberOf(catalogue.customerSeries);
    const result = await convert({ leadId: lead.id, target: 'CLIENT', relation: { choice: 'CREATE' } });
    expect(result.relation).toMatchObject({
      name: prospect('client-new').companyName,
      kind: 'COMPANY',
      customerNumber: `C-${next}`,
      numberSeries: { name: 'Customers' },
      division: { name: 'North' },
    });
    expect(result.contact).toBeNull();
    expect(result.deal).toBeNull();
  });

  it('converts into an existing relation without creating one or giving it a number', async () => {
    const existing = await createRelation(app, sales.token, { name: 'Existing client A/S' });
    const lead = await businessLead('client-existing');
    const before = await databaseState(app.dataSource);
    const result = await convert({
      leadId: lead.id,
      target: 'CLIENT',
      relation: { choice: 'EXISTING', relationId: existing.id },
    });
    expect(result.relation).toMatchObject({ id: existing.id, customerNumber: null });
    expect((await databaseState(app.dataSource)).relations).toBe(before.relations);
  });

  it('AUTOMATIC takes the relation with the same registration number', async () => {
    const data = prospect('client-regno');
    const existing = await createRelation(app, sales.token, {
      name: 'Registered Name Holding',
      registrationNumber: data.registrationNumber,
      country: 'DK',
    });
    const lead = await businessLead('client-regno');
    const result = await convert({ leadId: lead.id, target: 'CLIENT' });
    expect(result.relation.id).toBe(existing.id);
  });

  it('AUTOMATIC takes the relation with the same e-mail and name', async () => {
    const data = prospect('client-email');
    const existing = await createRelation(app, sales.token, {
      name: data.companyName,
      email: data.email,
      country: 'DK',
    });
    const lead = await businessLead('client-email', { registrationNumber: null });
    expect((await convert({ leadId: lead.id, target: 'CLIENT' })).relation.id).toBe(existing.id);
  });

  it('AUTOMATIC creates a relation when nothing resembles the lead', async () => {
    const lead = await businessLead('client-automatic-new');
    const result = await convert({ leadId: lead.id, target: 'CLIENT' });
    expect(result.relation).toMatchObject({
      name: prospect('client-automatic-new').companyName,
      customerNumber: expect.stringMatching(/^C-\d+$/),
    });
  });

  it('AUTOMATIC answers CONFLICT listing the similar relations, and creates nothing', async () => {
    const data = prospect('client-similar');
    const similar = await createRelation(app, sales.token, { name: data.companyName, country: 'DK' });
    const lead = await businessLead('client-similar', { registrationNumber: null });
    const before = await databaseState(app.dataSource);
    const response = await convertLead(app, sales.token, { leadId: lead.id, target: 'CLIENT' });
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0].extensions!.candidates).toEqual([
      expect.objectContaining({
        id: similar.id,
        name: data.companyName,
        reasons: expect.arrayContaining(['NAME_EXACT']),
      }),
    ]);
    expect(await databaseState(app.dataSource)).toEqual(before);
  });

  it('creates the relation with the overrides given, e.g. from the company register', async () => {
    const lead = await businessLead('client-overrides');
    const result = await convert({
      leadId: lead.id,
      target: 'CLIENT',
      relation: { choice: 'CREATE', overrides: { name: 'Registered Name A/S', city: 'Aarhus' } },
    });
    expect(result.relation).toMatchObject({
      name: 'Registered Name A/S',
      city: 'Aarhus',
      registrationNumber: prospect('client-overrides').registrationNumber,
    });
  });

  it('refuses a contact person for a CLIENT with BAD_USER_INPUT', async () => {
    const lead = await businessLead('client-with-contact');
    const response = await convertLead(app, sales.token, {
      leadId: lead.id,
      target: 'CLIENT',
      contact: { choice: 'CREATE' },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.field).toBe('contact.choice');
  });
});

describe('convertLead to a CONTACT', () => {
  it("creates the relation and the lead's person as its contact", async () => {
    const data = prospect('contact-new');
    const result = await convert({ leadId: (await businessLead('contact-new')).id, target: 'CONTACT' });
    expect(result.contact).toMatchObject({
      firstName: data.firstName,
      lastName: data.lastName,
      email: data.email,
      relation: { id: result.relation.id },
      division: { name: 'North' },
    });
  });

  it('creates a new contact at an existing relation', async () => {
    const existing = await createRelation(app, sales.token, { name: 'Existing employer ApS' });
    const lead = await businessLead('contact-at-existing');
    const result = await convert({
      leadId: lead.id,
      target: 'CONTACT',
      relation: { choice: 'EXISTING', relationId: existing.id },
      contact: { choice: 'CREATE' },
    });
    expect(result.contact.relation.id).toBe(existing.id);
    expect(result.relation.contacts.totalCount).toBe(1);
  });

  it('takes the details chosen from the lead into an existing contact and keeps the others', async () => {
    const data = prospect('contact-per-field');
    const relation = await createRelation(app, sales.token, { name: 'Per field A/S' });
    const contact = await createContact(app, sales.token, {
      firstName: data.firstName,
      lastName: data.lastName,
      email: 'old@address.dk',
      phone: '+45 11 11 11 11',
      relationId: relation.id,
    });
    const lead = await businessLead('contact-per-field');
    const result = await convert({
      leadId: lead.id,
      target: 'CONTACT',
      relation: { choice: 'EXISTING', relationId: relation.id },
      contact: { choice: 'EXISTING', contactId: contact.id, takeFromLead: ['EMAIL'] },
    });
    expect(result.contact).toMatchObject({ id: contact.id, email: data.email, phone: '+45 11 11 11 11' });
  });

  it('leaves an existing contact as it is when nothing is taken from the lead', async () => {
    const relation = await createRelation(app, sales.token, { name: 'Keep all A/S' });
    const contact = await createContact(app, sales.token, {
      firstName: 'Kept',
      lastName: 'Person',
      email: 'kept@keep.dk',
      relationId: relation.id,
    });
    const lead = await businessLead('contact-keep');
    const result = await convert({
      leadId: lead.id,
      target: 'CONTACT',
      relation: { choice: 'EXISTING', relationId: relation.id },
      contact: { choice: 'EXISTING', contactId: contact.id },
    });
    expect(result.contact).toMatchObject({ id: contact.id, firstName: 'Kept', email: 'kept@keep.dk' });
  });

  it('AUTOMATIC takes the matching person at the matching relation', async () => {
    const data = prospect('contact-automatic');
    const relation = await createRelation(app, sales.token, {
      name: data.companyName,
      registrationNumber: data.registrationNumber,
      country: 'DK',
    });
    const contact = await createContact(app, sales.token, {
      firstName: data.firstName,
      lastName: data.lastName,
      email: data.email,
      relationId: relation.id,
    });
    const lead = await businessLead('contact-automatic');
    const result = await convert({ leadId: lead.id, target: 'CONTACT' });
    expect(result.relation.id).toBe(relation.id);
    expect(result.contact.id).toBe(contact.id);
  });

  it("AUTOMATIC adds the lead's person beside colleagues who do not resemble them", async () => {
    const data = prospect('contact-colleague');
    const relation = await createRelation(app, sales.token, {
      name: data.companyName,
      registrationNumber: data.registrationNumber,
      country: 'DK',
    });
    const colleague = await createContact(app, sales.token, {
      firstName: 'Other',
      lastName: 'Colleague',
      relationId: relation.id,
    });
    const result = await convert({ leadId: (await businessLead('contact-colleague')).id, target: 'CONTACT' });
    expect(result.contact.id).not.toBe(colleague.id);
    expect(result.relation.contacts.totalCount).toBe(2);
  });

  it('refuses a contact who is not at the chosen relation with BAD_USER_INPUT', async () => {
    const relation = await createRelation(app, sales.token, { name: 'Chosen A/S' });
    const elsewhere = await createContact(app, sales.token, {
      lastName: 'Elsewhere',
      relationId: (await createRelation(app, sales.token, { name: 'Other A/S' })).id,
    });
    const lead = await businessLead('contact-elsewhere');
    const response = await convertLead(app, sales.token, {
      leadId: lead.id,
      target: 'CONTACT',
      relation: { choice: 'EXISTING', relationId: relation.id },
      contact: { choice: 'EXISTING', contactId: elsewhere.id },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.field).toBe('contact.contactId');
  });

  it('refuses a CONTACT conversion without a contact person with BAD_USER_INPUT', async () => {
    const lead = await businessLead('contact-none');
    expect(
      errorCode(
        await convertLead(app, sales.token, { leadId: lead.id, target: 'CONTACT', contact: { choice: 'NONE' } }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('convertLead to a DEAL', () => {
  it("opens a deal on the new relation with its contact, in the default pipeline's first stage, managed by the user", async () => {
    const lead = await businessLead('deal-new');
    const result = await convert({ leadId: lead.id, target: 'DEAL' });
    expect(result.deal).toMatchObject({
      title: prospect('deal-new').companyName,
      stage: 'Qualification',
      status: 'OPEN',
      pipeline: { name: 'Sales' },
      manager: { id: sales.id },
      relation: { id: result.relation.id },
      contact: { id: result.contact.id },
    });
  });

  it('opens the deal with the title, pipeline, stage and manager chosen', async () => {
    const colleague = await app.actor('SALES', 'North');
    const lead = await businessLead('deal-chosen');
    const result = await convert({
      leadId: lead.id,
      target: 'DEAL',
      deal: {
        choice: 'CREATE',
        title: 'Partnership',
        pipelineId: catalogue.partnerPipeline,
        stage: 'Agreement',
        managerId: colleague.id,
        value: 48000,
      },
    });
    expect(result.deal).toMatchObject({
      title: 'Partnership',
      value: 48000,
      pipeline: { name: 'Partners' },
      stage: 'Agreement',
      manager: { id: colleague.id },
    });
  });

  it('opens a deal on an existing relation without a contact person', async () => {
    const relation = await createRelation(app, sales.token, { name: 'Deal only A/S' });
    const lead = await businessLead('deal-no-contact');
    const result = await convert({
      leadId: lead.id,
      target: 'DEAL',
      relation: { choice: 'EXISTING', relationId: relation.id },
      contact: { choice: 'NONE' },
    });
    expect(result.contact).toBeNull();
    expect(result.deal).toMatchObject({ relation: { id: relation.id }, contact: null });
  });

  it('adds the lead to an open deal of the relation instead of opening another', async () => {
    const relation = await createRelation(app, sales.token, { name: 'Open case A/S' });
    const { createDeal: open } = ok(
      await app.gql(
        `mutation($i: DealInput!) { createDeal(input: $i) { id } }`,
        { i: { title: 'Running case', relationId: relation.id } },
        sales.token,
      ),
    );
    const lead = await businessLead('deal-join');
    const result = await convert({
      leadId: lead.id,
      target: 'DEAL',
      relation: { choice: 'EXISTING', relationId: relation.id },
      deal: { choice: 'EXISTING', dealId: open.id },
    });
    expect(result.deal.id).toBe(open.id);
    expect(result.lead.deal.id).toBe(open.id);
    expect(result.relation.deals.totalCount).toBe(1);
  });

  it('refuses to add the lead to a closed deal with CONFLICT', async () => {
    const relation = await createRelation(app, sales.token, { name: 'Closed case A/S' });
    const { createDeal: deal } = ok(
      await app.gql(
        `mutation($i: DealInput!) { createDeal(input: $i) { id version } }`,
        { i: { title: 'Won case', relationId: relation.id } },
        sales.token,
      ),
    );
    ok(
      await app.gql(
        `mutation($i: UpdateDealInput!) { updateDeal(input: $i) { id } }`,
        { i: { id: deal.id, expectedVersion: deal.version, status: 'WON' } },
        sales.token,
      ),
    );
    const lead = await businessLead('deal-closed');
    const response = await convertLead(app, sales.token, {
      leadId: lead.id,
      target: 'DEAL',
      relation: { choice: 'EXISTING', relationId: relation.id },
      deal: { choice: 'EXISTING', dealId: deal.id },
    });
    expect(errorCode(response)).toBe('CONFLICT');
  });

  it('refuses a deal step for a CONTACT conversion with BAD_USER_INPUT: a deal needs a DEAL conversion', async () => {
    const lead = await businessLead('deal-on-contact');
    const response = await convertLead(app, sales.token, {
      leadId: lead.id,
      target: 'CONTACT',
      deal: { choice: 'CREATE' },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.field).toBe('deal');
  });
});

describe('the follow-up activity', () => {
  it('is by default a CALL due now, owned by the user, on the new contact', async () => {
    const before = Date.now();
    const result = await convert({ leadId: (await businessLead('activity-default')).id, target: 'CONTACT' });
    const data = prospect('activity-default');
    expect(result.activity).toMatchObject({
      type: 'CALL',
      subject: `Call ${data.firstName} ${data.lastName}`,
      doneAt: null,
      owner: { id: sales.id },
      record: { id: result.contact.id },
    });
    expect(Date.parse(result.activity.dueAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(result.activity.dueAt)).toBeLessThanOrEqual(Date.now());
  });

  it('has the type, subject, due time and owner chosen', async () => {
    const colleague = await app.actor('SALES', 'North');
    const dueAt = '2031-05-06T09:30:00.000Z';
    const activity = {
      choice: 'CREATE',
      type: 'MEETING',
      subject: 'Demo at their office',
      dueAt,
      ownerId: colleague.id,
    };
    const result = await convert({ leadId: (await businessLead('activity-custom')).id, target: 'CONTACT', activity });
    expect(result.activity).toMatchObject({
      type: 'MEETING',
      subject: 'Demo at their office',
      dueAt,
      owner: { id: colleague.id },
    });
  });

  it('is left out with the choice NONE', async () => {
    const result = await convert({
      leadId: (await businessLead('activity-none')).id,
      target: 'CONTACT',
      activity: { choice: 'NONE' },
    });
    expect(result.activity).toBeNull();
  });

  it('goes to the relation when there is no contact person', async () => {
    const result = await convert({ leadId: (await businessLead('activity-client')).id, target: 'CLIENT' });
    expect(result.activity.record.id).toBe(result.relation.id);
  });
});

describe('what the lead carried', () => {
  async function leadWithHistory(seed: string) {
    const lead = await businessLead(seed, { tags: ['webinar', 'fair'], message: 'Please call me about prices' });
    ok(
      await app.gql(
        `mutation($i: ActivityInput!) { createActivity(input: $i) { id } }`,
        { i: { type: 'EMAIL', subject: 'Sent the brochure', leadId: lead.id } },
        sales.token,
      ),
    );
    await app.dataSource.getRepository(Attachment).save({
      fileName: 'brochure.pdf',
      mediaType: 'application/pdf',
      size: 3,
      content: Buffer.from('pdf'),
      leadId: fromGlobalId(lead.id).id,
    });
    return lead;
  }

  it("moves the lead's activities and attachments to the new contact", async () => {
    const result = await convert({
      leadId: (await leadWithHistory('moves-contact')).id,
      target: 'CONTACT',
      activity: { choice: 'NONE' },
    });
    expect(result.contact.activities.edges.map((e: { node: { subject: string } }) => e.node.subject)).toContain(
      'Sent the brochure',
    );
    expect(result.contact.attachments.edges).toEqual([{ node: { fileName: 'brochure.pdf' } }]);
    expect(result.lead.activities.totalCount).toBe(0);
  });

  it('moves them to the relation when there is no contact person', async () => {
    const result = await convert({ leadId: (await leadWithHistory('moves-client')).id, target: 'CLIENT' });
    expect(result.relation.activities.edges.map((e: { node: { subject: string } }) => e.node.subject)).toContain(
      'Sent the brochure',
    );
    expect(result.relation.attachments.edges).toEqual([{ node: { fileName: 'brochure.pdf' } }]);
  });

  it("gives the lead's tags to the contact person", async () => {
    const result = await convert({ leadId: (await leadWithHistory('tags-contact')).id, target: 'CONTACT' });
    expect(names(result.contact.tags)).toEqual(['fair', 'webinar']);
  });

  it("gives the lead's tags to the relation when there is no contact person", async () => {
    const result = await convert({ leadId: (await leadWithHistory('tags-client')).id, target: 'CLIENT' });
    expect(names(result.relation.tags)).toEqual(['fair', 'webinar']);
  });

  it("records the conversion as a done NOTE in the new record's history, with the lead's message", async () => {
    const lead = await leadWithHistory('history');
    const result = await convert({ leadId: lead.id, target: 'CONTACT' });
    const note = result.contact.activities.edges
      .map((e: { node: Record<string, unknown> }) => e.node)
      .find((a: { type: string }) => a.type === 'NOTE');
    expect(note).toMatchObject({
      subject: `Converted from lead ${prospect('history').companyName}`,
      doneAt: expect.any(String),
    });
    expect(note.body).toContain(lead.id);
    expect(note.body).toContain('Please call me about prices');
  });
});

describe('the converted lead', () => {
  it('is CONVERTED with links to the relation, contact and deal it became', async () => {
    const result = await convert({ leadId: (await businessLead('links')).id, target: 'DEAL' });
    expect(result.lead).toMatchObject({
      status: 'CONVERTED',
      convertedAt: expect.any(String),
      relation: { id: result.relation.id },
      contact: { id: result.contact.id },
      deal: { id: result.deal.id },
    });
  });

  it('cannot be converted again: CONFLICT', async () => {
    const lead = await businessLead('twice');
    await convert({ leadId: lead.id, target: 'CLIENT' });
    const before = await databaseState(app.dataSource);
    expect(
      errorCode(
        await convertLead(app, sales.token, { leadId: lead.id, target: 'CLIENT', relation: { choice: 'CREATE' } }),
      ),
    ).toBe('CONFLICT');
    expect(await databaseState(app.dataSource)).toEqual(before);
  });

  it('cannot be rejected afterwards: CONFLICT', async () => {
    const lead = await businessLead('reject-after');
    await convert({ leadId: lead.id, target: 'CLIENT' });
    const response = await app.gql(
      `mutation($id: ID!) { rejectLead(leadId: $id, reason: "Changed my mind") { id } }`,
      { id: lead.id },
      sales.token,
    );
    expect(errorCode(response)).toBe('CONFLICT');
  });

  it('with a stale expectedVersion is CONFLICT and nothing changes', async () => {
    const lead = await businessLead('stale', { tags: ['stale'] });
    ok(
      await app.gql(
        `mutation($i: UpdateLeadInput!) { updateLead(input: $i) { version } }`,
        { i: { id: lead.id, expectedVersion: lead.version, city: 'Odense' } },
        sales.token,
      ),
    );
    const before = await databaseState(app.dataSource);
    const response = await convertLead(app, sales.token, {
      leadId: lead.id,
      expectedVersion: lead.version,
      target: 'DEAL',
      relation: { choice: 'CREATE' },
    });
    expect(errorCode(response)).toBe('CONFLICT');
    expect(await databaseState(app.dataSource)).toEqual(before);
  });

  it('with the current expectedVersion converts', async () => {
    const lead = await businessLead('current-version');
    expect((await convert({ leadId: lead.id, expectedVersion: lead.version, target: 'CLIENT' })).lead.status).toBe(
      'CONVERTED',
    );
  });
});

describe('who may convert', () => {
  it('a SALES user of another division is FORBIDDEN and nothing changes', async () => {
    const lead = await businessLead('other-division');
    const south = await app.actor('SALES', 'South');
    const before = await databaseState(app.dataSource);
    expect(errorCode(await convertLead(app, south.token, { leadId: lead.id, target: 'CLIENT' }))).toBe('FORBIDDEN');
    expect(errorCode(await quickConvertLead(app, south.token, lead.id))).toBe('FORBIDDEN');
    expect(await databaseState(app.dataSource)).toEqual(before);
  });
});

describe('customer numbers', () => {
  it('come from the series chosen, which then lists the relation among its last customers', async () => {
    const next = await nextNumberOf(catalogue.exportSeries);
    const result = await convert({
      leadId: (await businessLead('series-export')).id,
      target: 'CLIENT',
      relation: { choice: 'CREATE', numberSeriesId: catalogue.exportSeries },
    });
    expect(result.relation).toMatchObject({ customerNumber: `E-${next}`, numberSeries: { name: 'Export' } });
    const other = await businessLead('series-preview');
    const { conversionPreview } = ok(
      await app.gql(
        `query($id: ID!) { conversionPreview(leadId: $id) { numberSeries { series { name } nextCustomerNumber lastRelations { id } } } }`,
        { id: other.id },
        sales.token,
      ),
    );
    const exportSeries = conversionPreview.numberSeries.find(
      (s: { series: { name: string } }) => s.series.name === 'Export',
    );
    expect(exportSeries).toEqual({
      series: { name: 'Export' },
      nextCustomerNumber: `E-${next + 1}`,
      lastRelations: [{ id: result.relation.id }],
    });
  });

  it('follow one another without gaps, and a failed conversion gives its number back', async () => {
    const first = await convert({
      leadId: (await businessLead('numbers-1')).id,
      target: 'CLIENT',
      relation: { choice: 'CREATE' },
    });
    const failing = await businessLead('numbers-failing');
    expect(
      errorCode(
        await convertLead(app, sales.token, {
          leadId: failing.id,
          target: 'CLIENT',
          relation: { choice: 'CREATE', overrides: { email: 'not an e-mail' } },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const second = await convert({
      leadId: (await businessLead('numbers-2')).id,
      target: 'CLIENT',
      relation: { choice: 'CREATE' },
    });
    const number = (r: { customerNumber: string }) => Number(r.customerNumber.slice(2));
    expect(number(second.relation)).toBe(number(first.relation) + 1);
  });

  it('pass over a number a relation was given by hand', async () => {
    const next = await nextNumberOf(catalogue.customerSeries);
    await createRelation(app, sales.token, { name: 'Hand numbered A/S', customerNumber: `C-${next}` });
    const result = await convert({
      leadId: (await businessLead('numbers-taken')).id,
      target: 'CLIENT',
      relation: { choice: 'CREATE' },
    });
    expect(result.relation.customerNumber).toBe(`C-${next + 1}`);
  });
});

describe('quickConvertLead', () => {
  it("makes a company, its contact person with the lead's tags, and a CALL due now (ChannelCRM)", async () => {
    const lead = await businessLead('quick', { tags: ['campaign'] });
    const { quickConvertLead: result } = ok(await quickConvertLead(app, sales.token, lead.id));
    const data = prospect('quick');
    expect(result.relation).toMatchObject({
      name: data.companyName,
      kind: 'COMPANY',
      customerNumber: expect.stringMatching(/^C-/),
    });
    expect(result.contact).toMatchObject({
      firstName: data.firstName,
      lastName: data.lastName,
      relation: { id: result.relation.id },
    });
    expect(names(result.contact.tags)).toEqual(['campaign']);
    expect(result.deal).toBeNull();
    expect(result.activity).toMatchObject({ type: 'CALL', owner: { id: sales.id }, record: { id: result.contact.id } });
    expect(result.lead.status).toBe('CONVERTED');
  });

  it('makes a client only of a business lead without a person', async () => {
    const { companyName, email } = prospect('quick-company');
    const lead = await createLead(app, sales.token, { companyName, email });
    const { quickConvertLead: result } = ok(await quickConvertLead(app, sales.token, lead.id));
    expect(result.relation.name).toBe(companyName);
    expect(result.contact).toBeNull();
  });

  it('makes a private person a PRIVATE relation of their own (RAYNET)', async () => {
    const { firstName, lastName, phone } = prospect('quick-private');
    const lead = await createLead(app, sales.token, { firstName, lastName, phone, country: 'DK' });
    const { quickConvertLead: result } = ok(await quickConvertLead(app, sales.token, lead.id));
    expect(result.relation).toMatchObject({ kind: 'PRIVATE', name: `${firstName} ${lastName}` });
    expect(result.contact).toBeNull();
  });

  it('answers CONFLICT, creating nothing, when the lead only resembles customers', async () => {
    const data = prospect('quick-similar');
    await createRelation(app, sales.token, { name: data.companyName, country: 'DK' });
    const lead = await businessLead('quick-similar', { registrationNumber: null });
    const before = await databaseState(app.dataSource);
    expect(errorCode(await quickConvertLead(app, sales.token, lead.id))).toBe('CONFLICT');
    expect(await databaseState(app.dataSource)).toEqual(before);
  });
});

it('never opens a deal on a lead: only convertLead opens deals, and on a relation', async () => {
  const lead = await businessLead('no-deal-on-lead');
  const response = await app.gql(
    `mutation($i: DealInput!) { createDeal(input: $i) { id } }`,
    { i: { title: 'On a lead', relationId: lead.id } },
    sales.token,
  );
  expect(errorCode(response)).toBe('BAD_USER_INPUT');
  expect(
    (await app.dataSource.getRepository(Lead).findOneByOrFail({ id: fromGlobalId(lead.id).id })).convertedDealId,
  ).toBeNull();
});
