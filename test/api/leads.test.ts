import { Lead } from '../../src/entities';
import { LeadStatus } from '../../src/entities/enums';
import { fromGlobalId } from '../../src/schema/global-id';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

const CREATE = `mutation($input: LeadInput!) { createLead(input: $input) { id kind status source version firstName companyName country division { name } owner { id } tags { name } } }`;

let app: TestApp;
let sales: Actor;

beforeAll(async () => {
  app = await startTestApp();
  sales = await app.actor('SALES', 'North');
});
afterAll(() => app.close());

const createLead = (input: Record<string, unknown>, token = sales.token) => app.gql(CREATE, { input }, token);

describe('createLead', () => {
  it("creates a NEW MANUAL lead in the creator's division, with its tags", async () => {
    const { createLead: lead } = ok(
      await createLead({
        firstName: 'Jens',
        lastName: 'Hansen',
        companyName: 'Hansen VVS A/S',
        email: 'jens@hansen.dk',
        country: 'dk',
        tags: ['webinar', ' webinar ', 'fair'],
      }),
    );
    expect(lead).toMatchObject({
      kind: 'BUSINESS',
      status: 'NEW',
      source: 'MANUAL',
      country: 'DK',
      division: { name: 'North' },
      owner: null,
    });
    expect(lead.tags.map((t: { name: string }) => t.name)).toEqual(['fair', 'webinar']);
  });

  it('makes a lead without a company PRIVATE', async () => {
    const { createLead: lead } = ok(await createLead({ firstName: 'Åse', lastName: 'Berg', phone: '+4791234567' }));
    expect(lead.kind).toBe('PRIVATE');
  });

  it('refuses a lead nobody can follow up with BAD_USER_INPUT naming the field', async () => {
    const response = await createLead({ firstName: 'No', lastName: 'Contact' });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.field).toBe('email');
    expect(response.errors![0].message).toMatch(/e-mail address or a phone number/);
  });

  it('refuses a BUSINESS lead without a company name', async () => {
    const response = await createLead({ kind: 'BUSINESS', lastName: 'Hansen', email: 'a@b.dk' });
    expect(response.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'companyName', code: 'REQUIRED' }),
    ]);
  });

  it('refuses a malformed e-mail, an unknown country and a too long name, all at once', async () => {
    const response = await createLead({ lastName: 'x'.repeat(101), email: 'not-an-email', country: 'XX' });
    const codes = response.errors![0].extensions!.fields.map((f: { code: string }) => f.code).sort();
    expect(codes).toEqual(['COUNTRY_INVALID', 'EMAIL_INVALID', 'TOO_LONG']);
    expect(await app.dataSource.getRepository(Lead).countBy({ email: 'not-an-email' })).toBe(0);
  });

  it('refuses a second lead with the same externalId from the same source', async () => {
    ok(await createLead({ lastName: 'Once', email: 'once@x.dk', source: 'API', externalId: 'ext-1' }));
    const response = await createLead({ lastName: 'Twice', email: 'twice@x.dk', source: 'API', externalId: 'ext-1' });
    expect(response.errors![0].extensions!.fields[0]).toMatchObject({ field: 'externalId', code: 'DUPLICATE' });
  });

  it('refuses an owner that does not exist', async () => {
    const response = await createLead({
      lastName: 'Owned',
      email: 'o@x.dk',
      ownerId: Buffer.from('User:99999').toString('base64url'),
    });
    expect(response.errors![0].extensions!.fields[0]).toMatchObject({ field: 'ownerId', code: 'NOT_FOUND' });
  });
});

describe('createLeads', () => {
  const BATCH = `mutation($inputs: [LeadInput!]!) { createLeads(inputs: $inputs) { index lead { id lastName } errors { field code message } } }`;

  it('saves the valid leads and answers every input in order with its lead or its errors', async () => {
    const inputs = [
      { lastName: 'Batch A', email: 'a@batch.dk' },
      { lastName: 'Batch B' },
      { lastName: 'Batch C', phone: '+4512345678' },
      { lastName: 'Batch D', email: 'd@batch.dk', ownerId: 'garbage' },
    ];
    const { createLeads } = ok(await app.gql(BATCH, { inputs }, sales.token));
    expect(createLeads.map((i: { index: number }) => i.index)).toEqual([0, 1, 2, 3]);
    expect(createLeads[0].lead.lastName).toBe('Batch A');
    expect(createLeads[1]).toMatchObject({ lead: null, errors: [{ field: 'email', code: 'REQUIRED' }] });
    expect(createLeads[2].lead.lastName).toBe('Batch C');
    expect(createLeads[3]).toMatchObject({ lead: null, errors: [{ field: 'ownerId', code: 'INVALID_ID' }] });
  });

  it('refuses two leads with one externalId within one batch', async () => {
    const inputs = [
      { lastName: 'Twin 1', email: 't1@x.dk', externalId: 'twin' },
      { lastName: 'Twin 2', email: 't2@x.dk', externalId: 'twin' },
    ];
    const { createLeads } = ok(await app.gql(BATCH, { inputs }, sales.token));
    expect(createLeads[0].lead).not.toBeNull();
    expect(createLeads[1].errors[0].code).toBe('DUPLICATE');
  });

  it('refuses a batch of more than 500', async () => {
    const inputs = Array.from({ length: 501 }, (_, i) => ({ lastName: `L${i}`, email: `l${i}@x.dk` }));
    expect(errorCode(await app.gql(BATCH, { inputs }, sales.token))).toBe('BAD_USER_INPUT');
  });
});

describe('the lead lifecycle', () => {
  const newLead = async () => ok(await createLead({ lastName: 'Cycle', email: 'cycle@x.dk' })).createLead;

  it('takeLead makes the current user the owner and the lead IN_PROGRESS', async () => {
    const lead = await newLead();
    const { takeLead } = ok(
      await app.gql(
        `mutation($id: ID!) { takeLead(leadId: $id) { status owner { id } } }`,
        { id: lead.id },
        sales.token,
      ),
    );
    expect(takeLead).toEqual({ status: 'IN_PROGRESS', owner: { id: sales.id } });
  });

  it('assignLead gives the lead to a colleague', async () => {
    const lead = await newLead();
    const colleague = await app.actor('SALES', 'North');
    const { assignLead } = ok(
      await app.gql(
        `mutation($id: ID!, $u: ID!) { assignLead(leadId: $id, userId: $u) { owner { id } } }`,
        { id: lead.id, u: colleague.id },
        sales.token,
      ),
    );
    expect(assignLead.owner.id).toBe(colleague.id);
  });

  it('assignLead refuses a colleague of another division who could not see the lead', async () => {
    const lead = await newLead();
    const other = await app.actor('SALES', 'South');
    const response = await app.gql(
      `mutation($id: ID!, $u: ID!) { assignLead(leadId: $id, userId: $u) { id } }`,
      { id: lead.id, u: other.id },
      sales.token,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('rejectLead closes the lead with its reason', async () => {
    const lead = await newLead();
    const { rejectLead } = ok(
      await app.gql(
        `mutation($id: ID!) { rejectLead(leadId: $id, reason: "Student, not a buyer") { status rejectionReason } }`,
        { id: lead.id },
        sales.token,
      ),
    );
    expect(rejectLead).toEqual({ status: 'REJECTED', rejectionReason: 'Student, not a buyer' });
  });

  it('rejectLead answers CONFLICT for a converted lead and changes nothing', async () => {
    const lead = await newLead();
    await app.dataSource.getRepository(Lead).update(fromGlobalId(lead.id).id, { status: LeadStatus.CONVERTED });
    const response = await app.gql(
      `mutation($id: ID!) { rejectLead(leadId: $id, reason: "Too late") { id } }`,
      { id: lead.id },
      sales.token,
    );
    expect(errorCode(response)).toBe('CONFLICT');
    const stored = await app.dataSource.getRepository(Lead).findOneByOrFail({ id: fromGlobalId(lead.id).id });
    expect(stored).toMatchObject({ status: 'CONVERTED', rejectionReason: null });
  });

  it('rejectLead needs a reason', async () => {
    const lead = await newLead();
    expect(
      errorCode(
        await app.gql(
          `mutation($id: ID!) { rejectLead(leadId: $id, reason: "  ") { id } }`,
          { id: lead.id },
          sales.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('updateLead applies the changes and bumps the version', async () => {
    const lead = await newLead();
    const { updateLead } = ok(
      await app.gql(
        `mutation($i: UpdateLeadInput!) { updateLead(input: $i) { version companyName kind } }`,
        { i: { id: lead.id, expectedVersion: lead.version, companyName: 'Cycle ApS', kind: 'BUSINESS' } },
        sales.token,
      ),
    );
    expect(updateLead).toEqual({ version: lead.version + 1, companyName: 'Cycle ApS', kind: 'BUSINESS' });
  });

  it('updateLead with a stale expectedVersion is CONFLICT and changes nothing', async () => {
    const lead = await newLead();
    const update = (expectedVersion: number, city: string) =>
      app.gql(
        `mutation($i: UpdateLeadInput!) { updateLead(input: $i) { city } }`,
        { i: { id: lead.id, expectedVersion, city } },
        sales.token,
      );
    ok(await update(lead.version, 'Aarhus'));
    const response = await update(lead.version, 'Odense');
    expect(errorCode(response)).toBe('CONFLICT');
    expect((await app.dataSource.getRepository(Lead).findOneByOrFail({ id: fromGlobalId(lead.id).id })).city).toBe(
      'Aarhus',
    );
  });

  it('answers NOT_FOUND for a lead that does not exist', async () => {
    const missing = Buffer.from('Lead:987654').toString('base64url');
    expect(
      errorCode(await app.gql(`mutation($id: ID!) { takeLead(leadId: $id) { id } }`, { id: missing }, sales.token)),
    ).toBe('NOT_FOUND');
  });
});
