import { toGlobalId } from '../../src/schema/global-id';
import {
  addCatalogue,
  convertLead,
  createContact,
  createLead,
  createRelation,
  databaseState,
  prospect,
} from '../support/conversion-fixtures';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

const PREVIEW = `query($id: ID!, $relationId: ID, $contactId: ID) {
  conversionPreview(leadId: $id, relationId: $relationId, contactId: $contactId) {
    lead { id }
    relationCandidates { name division { name } relation { id name division { name } } score reasons automatic }
    relation { id }
    contactCandidates { contact { id } score reasons automatic differences { field contactValue leadValue } }
    contact { id }
    openDeals { id title }
    pipelines { name }
    defaultManager { id }
    numberSeries { series { name } nextCustomerNumber lastRelations { id } }
  }
}`;

let app: TestApp;
let sales: Actor;

beforeAll(async () => {
  app = await startTestApp();
  sales = await app.actor('SALES', 'North');
  await addCatalogue(app.dataSource);
});
afterAll(() => app.close());

const preview = async (leadId: string, chosen: { relationId?: string; contactId?: string } = {}, token = sales.token) =>
  ok(await app.gql(PREVIEW, { id: leadId, ...chosen }, token)).conversionPreview;
const businessLead = (seed: string, extra: Record<string, unknown> = {}) =>
  createLead(app, sales.token, { ...prospect(seed), ...extra });

describe('conversionPreview, step 1: the customer', () => {
  it('marks the relation with the same registration number as the automatic choice, with its reasons', async () => {
    const data = prospect('regno');
    const relation = await createRelation(app, sales.token, {
      name: data.companyName,
      registrationNumber: data.registrationNumber,
      country: 'DK',
    });
    const result = await preview((await businessLead('regno')).id);
    expect(result.relationCandidates).toEqual([
      expect.objectContaining({
        relation: expect.objectContaining({ id: relation.id }),
        automatic: true,
        reasons: expect.arrayContaining(['REGNO_EXACT']),
      }),
    ]);
    expect(result.relationCandidates[0].score).toBeGreaterThan(0.9);
    expect(result.relation).toEqual({ id: relation.id });
  });

  it('lists a relation with a similar name for the user to pick, not as the automatic choice', async () => {
    const data = prospect('similar');
    const relation = await createRelation(app, sales.token, { name: data.companyName, country: 'DK' });
    const result = await preview((await businessLead('similar', { registrationNumber: null })).id);
    expect(result.relationCandidates).toEqual([
      expect.objectContaining({ relation: expect.objectContaining({ id: relation.id }), automatic: false }),
    ]);
    expect(result.relation).toBeNull();
  });

  it('lists nothing when nothing resembles the lead: a new relation would be created', async () => {
    const result = await preview((await businessLead('nothing')).id);
    expect(result.relationCandidates).toEqual([]);
    expect(result.contactCandidates).toEqual([]);
  });

  it('names a customer another division knows without showing it, and converting into it is FORBIDDEN', async () => {
    const data = prospect('other-division');
    const admin = await app.actor('ADMIN', 'South');
    await createRelation(app, admin.token, {
      name: data.companyName,
      registrationNumber: data.registrationNumber,
      country: 'DK',
    });
    const lead = await businessLead('other-division');
    const result = await preview(lead.id);
    expect(result.relationCandidates).toEqual([
      {
        name: data.companyName,
        division: { name: 'South' },
        relation: null,
        score: expect.any(Number),
        reasons: expect.arrayContaining(['REGNO_EXACT']),
        automatic: true,
      },
    ]);
    expect(result.relation).toBeNull();
    const before = await databaseState(app.dataSource);
    expect(errorCode(await convertLead(app, sales.token, { leadId: lead.id, target: 'CONTACT' }))).toBe('FORBIDDEN');
    expect(await databaseState(app.dataSource)).toEqual(before);
  });
});

describe('conversionPreview, step 2: the contact person', () => {
  it('lists the people at the chosen relation, marking the matching one, with both values of each detail that differs', async () => {
    const data = prospect('people');
    const relation = await createRelation(app, sales.token, {
      name: data.companyName,
      registrationNumber: data.registrationNumber,
      country: 'DK',
    });
    const colleague = await createContact(app, sales.token, {
      firstName: 'Some',
      lastName: 'Colleague',
      relationId: relation.id,
    });
    const person = await createContact(app, sales.token, {
      firstName: data.firstName,
      lastName: data.lastName,
      email: data.email,
      phone: '+45 99 99 99 99',
      relationId: relation.id,
    });
    const result = await preview((await businessLead('people')).id);
    expect(result.contactCandidates.map((c: { contact: { id: string } }) => c.contact.id)).toEqual([
      person.id,
      colleague.id,
    ]);
    expect(result.contactCandidates[0]).toMatchObject({
      automatic: true,
      reasons: expect.arrayContaining(['EMAIL_EXACT']),
      differences: [{ field: 'PHONE', contactValue: '+45 99 99 99 99', leadValue: data.phone }],
    });
    expect(result.contactCandidates[1]).toMatchObject({ automatic: false, score: 0 });
    expect(result.contact).toEqual({ id: person.id });
  });

  it('lists the people at the relation the user chose', async () => {
    const relation = await createRelation(app, sales.token, { name: 'Chosen employer A/S' });
    const person = await createContact(app, sales.token, { lastName: 'Employee', relationId: relation.id });
    const result = await preview((await businessLead('chosen')).id, { relationId: relation.id });
    expect(result.relation).toEqual({ id: relation.id });
    expect(result.contactCandidates).toEqual([expect.objectContaining({ contact: { id: person.id } })]);
  });
});

describe('conversionPreview, step 3: the case', () => {
  it('shows the open deals of the chosen contact, to add the lead to instead of opening one', async () => {
    const relation = await createRelation(app, sales.token, { name: 'Deals A/S' });
    const person = await createContact(app, sales.token, { lastName: 'Buyer', relationId: relation.id });
    const open = ok(
      await app.gql(
        `mutation($i: DealInput!) { createDeal(input: $i) { id } }`,
        { i: { title: 'Open one', relationId: relation.id, contactId: person.id } },
        sales.token,
      ),
    ).createDeal;
    ok(
      await app.gql(
        `mutation($i: DealInput!) { createDeal(input: $i) { id } }`,
        { i: { title: 'Not theirs', relationId: relation.id } },
        sales.token,
      ),
    );
    const result = await preview((await businessLead('deals')).id, { relationId: relation.id, contactId: person.id });
    expect(result.openDeals).toEqual([{ id: open.id, title: 'Open one' }]);
  });

  it('shows the pipelines with the default first, and the user as the default case manager', async () => {
    const result = await preview((await businessLead('pipelines')).id);
    expect(result.pipelines).toEqual([{ name: 'Sales' }, { name: 'Partners' }]);
    expect(result.defaultManager).toEqual({ id: sales.id });
  });

  it('shows every number series with its next customer number, the default first', async () => {
    const result = await preview((await businessLead('series')).id);
    expect(
      result.numberSeries.map((s: { series: { name: string }; nextCustomerNumber: string }) => [
        s.series.name,
        s.nextCustomerNumber,
      ]),
    ).toEqual([
      ['Customers', expect.stringMatching(/^C-\d+$/)],
      ['Export', 'E-500'],
    ]);
  });
});

describe('conversionPreview', () => {
  it('writes nothing', async () => {
    const data = prospect('read-only');
    await createRelation(app, sales.token, { name: data.companyName, country: 'DK' });
    const lead = await businessLead('read-only', { tags: ['x'] });
    const before = await databaseState(app.dataSource);
    await preview(lead.id);
    expect(await databaseState(app.dataSource)).toEqual(before);
  });

  it('answers CONFLICT for a converted lead', async () => {
    const lead = await businessLead('converted');
    ok(await convertLead(app, sales.token, { leadId: lead.id, target: 'CLIENT' }));
    expect(errorCode(await app.gql(PREVIEW, { id: lead.id }, sales.token))).toBe('CONFLICT');
  });

  it('is FORBIDDEN to a SALES user of another division', async () => {
    const south = await app.actor('SALES', 'South');
    expect(errorCode(await app.gql(PREVIEW, { id: (await businessLead('forbidden')).id }, south.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('answers NOT_FOUND for a lead that does not exist', async () => {
    expect(errorCode(await app.gql(PREVIEW, { id: toGlobalId('Lead', 987654) }, sales.token))).toBe('NOT_FOUND');
  });
});
