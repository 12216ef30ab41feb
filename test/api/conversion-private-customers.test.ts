import { addCatalogue, convertLead, createLead, prospect, quickConvertLead } from '../support/conversion-fixtures';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

const SHARED = 'P-0';

let app: TestApp;
let sales: Actor;

beforeAll(async () => {
  app = await startTestApp({ privateCustomersNumber: SHARED });
  sales = await app.actor('SALES', 'North');
  await addCatalogue(app.dataSource);
});
afterAll(() => app.close());

function privateLead(seed: string) {
  const { firstName, lastName, email } = prospect(seed);
  return createLead(app, sales.token, { kind: 'PRIVATE', firstName, lastName, email });
}

describe("with PRIVATE_CUSTOMERS_RELATION set (EASI'R)", () => {
  it('a private person joins the shared private-customers relation as its contact person', async () => {
    const { quickConvertLead: result } = ok(await quickConvertLead(app, sales.token, (await privateLead('first')).id));
    expect(result.relation).toMatchObject({ name: 'Private customers', kind: 'PRIVATE', customerNumber: SHARED });
    expect(result.contact).toMatchObject({
      firstName: prospect('first').firstName,
      relation: { id: result.relation.id },
    });
  });

  it('every private person joins the same relation', async () => {
    const first = ok(await quickConvertLead(app, sales.token, (await privateLead('one')).id)).quickConvertLead;
    const second = ok(
      await convertLead(app, sales.token, { leadId: (await privateLead('two')).id, target: 'CONTACT' }),
    ).convertLead;
    expect(second.relation.id).toBe(first.relation.id);
    expect(second.contact.id).not.toBe(first.contact.id);
  });

  it('the preview offers the shared relation as the automatic choice', async () => {
    const shared = ok(await quickConvertLead(app, sales.token, (await privateLead('shared')).id)).quickConvertLead
      .relation;
    const { conversionPreview } = ok(
      await app.gql(
        `query($id: ID!) { conversionPreview(leadId: $id) { relationCandidates { relation { id } reasons automatic } } }`,
        { id: (await privateLead('preview')).id },
        sales.token,
      ),
    );
    expect(conversionPreview.relationCandidates).toEqual([
      { relation: { id: shared.id }, reasons: ['PRIVATE_CUSTOMERS'], automatic: true },
    ]);
  });

  it('a private person can still be made a relation of their own with CREATE', async () => {
    const { convertLead: result } = ok(
      await convertLead(app, sales.token, {
        leadId: (await privateLead('own')).id,
        target: 'CLIENT',
        relation: { choice: 'CREATE' },
      }),
    );
    const { firstName, lastName } = prospect('own');
    expect(result.relation).toMatchObject({
      kind: 'PRIVATE',
      name: `${firstName} ${lastName}`,
      customerNumber: expect.stringMatching(/^C-/),
    });
  });

  it('a business lead still becomes a company of its own', async () => {
    const lead = await createLead(app, sales.token, prospect('business'));
    const { quickConvertLead: result } = ok(await quickConvertLead(app, sales.token, lead.id));
    expect(result.relation).toMatchObject({ name: prospect('business').companyName, kind: 'COMPANY' });
  });
});

describe('private customers converted at the same time', () => {
  it('creates the shared relation once when several private leads are converted at once, and every conversion succeeds', async () => {
    const racing = await startTestApp({ privateCustomersNumber: 'P-RACE' });
    try {
      const seller = await racing.actor('SALES', 'North');
      await addCatalogue(racing.dataSource);
      const leads = await Promise.all(
        ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => {
          const { firstName, lastName, email } = prospect(`race-${seed}`);
          return createLead(racing, seller.token, { kind: 'PRIVATE', firstName, lastName, email });
        }),
      );
      const results = await Promise.all(leads.map((lead) => quickConvertLead(racing, seller.token, lead.id)));
      const relations = results.map((result) => ok(result).quickConvertLead.relation.id);
      expect(new Set(relations).size).toBe(1);
    } finally {
      await racing.close();
    }
  });
});
