import { Activity, Attachment, Contact, Deal, NumberSeries, Pipeline, Relation } from '../../src/entities';
import { createPipeline } from '../../src/catalogue/pipeline-admin.service';
import { transaction } from '../../src/db/transaction';
import { fromGlobalId, toGlobalId } from '../../src/schema/global-id';
import { errorCode, ok, startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../support/test-app';

let app: TestApp;
let sales: Actor;

beforeAll(async () => {
  app = await startTestApp();
  sales = await app.actor('SALES', 'North');
});
afterAll(() => app.close());

const dbId = (globalId: string) => fromGlobalId(globalId).id;

interface FieldError {
  field: string;
  code: string;
  message: string;
}

const CREATE_RELATIONS = `mutation($inputs: [RelationInput!]!) {
  createRelations(inputs: $inputs) { index errors { field code message } relation { id name kind customerNumber version division { name } tags { name } } } }`;
const CREATE_CONTACTS = `mutation($inputs: [ContactInput!]!) {
  createContacts(inputs: $inputs) { index errors { field code message } contact { id firstName lastName version relation { id } division { name } } } }`;

const createRelations = async (inputs: Record<string, unknown>[], token = sales.token) =>
  ok(await app.gql(CREATE_RELATIONS, { inputs }, token)).createRelations;
const createContacts = async (inputs: Record<string, unknown>[], token = sales.token) =>
  ok(await app.gql(CREATE_CONTACTS, { inputs }, token)).createContacts;

async function newRelation(
  input: Record<string, unknown> = {},
  token = sales.token,
): Promise<{ id: string; name: string; version: number }> {
  const [item] = await createRelations([{ name: 'Relation', ...input }], token);
  expect(item.errors).toEqual([]);
  return item.relation;
}

async function newContact(
  input: Record<string, unknown> = {},
  token = sales.token,
): Promise<{ id: string; lastName: string; version: number }> {
  const [item] = await createContacts([{ lastName: 'Contact', ...input }], token);
  expect(item.errors).toEqual([]);
  return item.contact;
}

async function newLead(
  input: Record<string, unknown> = {},
  token = sales.token,
): Promise<{ id: string; version: number }> {
  return ok(
    await app.gql(
      `mutation($i: LeadInput!) { createLead(input: $i) { id version } }`,
      { i: { lastName: 'Lead', email: 'lead@x.dk', ...input } },
      token,
    ),
  ).createLead;
}

let pipelineCount = 0;
const newPipeline = (stages = ['Qualify', 'Propose', 'Close'], isDefault = false) =>
  transaction(app.dataSource, ({ manager: m }) =>
    createPipeline(m, { name: `Pipeline ${++pipelineCount}`, stages, isDefault }),
  );

const CREATE_DEAL = `mutation($i: DealInput!) { createDeal(input: $i) { id title stage value status version relation { id } contact { id } pipeline { id name } manager { id } } }`;
const createDeal = (input: Record<string, unknown>, token = sales.token) => app.gql(CREATE_DEAL, { i: input }, token);

async function newDeal(
  relationId: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; version: number; stage: string }> {
  const pipeline = await newPipeline();
  return ok(await createDeal({ title: 'Deal', relationId, pipelineId: toGlobalId('Pipeline', pipeline.id), ...input }))
    .createDeal;
}

const CREATE_ACTIVITY = `mutation($i: ActivityInput!) { createActivity(input: $i) { id type subject doneAt owner { id } record { __typename id } } }`;
const createActivity = (input: Record<string, unknown>, token = sales.token) =>
  app.gql(CREATE_ACTIVITY, { i: { type: 'CALL', subject: 'Call', ...input } }, token);

describe('createRelations', () => {
  it('answers every input in order: the valid ones saved, the invalid ones with their field errors', async () => {
    const items = await createRelations([
      { name: 'Fjordlys AS', country: 'no', tags: ['b2b'] },
      { country: 'DK' },
      { name: 'Privat Person', kind: 'PRIVATE' },
      { name: 'Bad Mail ApS', email: 'not-an-email', country: 'XX' },
      { name: 'Bad Owner', ownerId: 'garbage' },
    ]);
    expect(items.map((i: { index: number }) => i.index)).toEqual([0, 1, 2, 3, 4]);
    expect(items[0]).toMatchObject({
      errors: [],
      relation: {
        name: 'Fjordlys AS',
        kind: 'COMPANY',
        version: 1,
        division: { name: 'North' },
        tags: [{ name: 'b2b' }],
      },
    });
    expect(items[1]).toMatchObject({ relation: null, errors: [{ field: 'name', code: 'REQUIRED' }] });
    expect(items[2]).toMatchObject({ errors: [], relation: { name: 'Privat Person', kind: 'PRIVATE' } });
    expect(items[3].relation).toBeNull();
    expect(items[3].errors.map((e: FieldError) => e.code).sort()).toEqual(['COUNTRY_INVALID', 'EMAIL_INVALID']);
    expect(items[4]).toMatchObject({ relation: null, errors: [{ field: 'ownerId', code: 'INVALID_ID' }] });

    const saved = await app.dataSource.getRepository(Relation).findBy({ name: 'Fjordlys AS' });
    expect(saved).toHaveLength(1);
    expect(saved[0].country).toBe('NO');
    expect(await app.dataSource.getRepository(Relation).countBy({ name: 'Bad Mail ApS' })).toBe(0);
  });

  it('refuses a customer number another relation has', async () => {
    await newRelation({ name: 'Holder', customerNumber: 'K-1001' });
    const [item] = await createRelations([{ name: 'Copycat', customerNumber: 'K-1001' }]);
    expect(item).toMatchObject({ relation: null, errors: [{ field: 'customerNumber', code: 'DUPLICATE' }] });
    expect(await app.dataSource.getRepository(Relation).countBy({ customerNumber: 'K-1001' })).toBe(1);
  });

  it('refuses the second of two relations with one customer number in one batch', async () => {
    const items = await createRelations([
      { name: 'Twin A', customerNumber: 'K-2002' },
      { name: 'Twin B', customerNumber: 'K-2002' },
      { name: 'Other', customerNumber: 'K-2003' },
    ]);
    expect(items[0]).toMatchObject({ errors: [], relation: { customerNumber: 'K-2002' } });
    expect(items[1]).toMatchObject({ relation: null, errors: [{ field: 'customerNumber', code: 'DUPLICATE' }] });
    expect(items[2]).toMatchObject({ errors: [], relation: { customerNumber: 'K-2003' } });
  });

  it('refuses a batch of more than 500', async () => {
    const inputs = Array.from({ length: 501 }, (_, i) => ({ name: `R${i}` }));
    expect(errorCode(await app.gql(CREATE_RELATIONS, { inputs }, sales.token))).toBe('BAD_USER_INPUT');
  });
});

describe('createContacts', () => {
  it('answers every input in order: the valid ones saved at their relation, the invalid ones with their field errors', async () => {
    const relation = await newRelation({ name: 'Employer' });
    const items = await createContacts([
      { firstName: 'Kari', lastName: 'Nordmann', relationId: relation.id },
      { email: 'nameless@x.no' },
      { lastName: 'Loner' },
      { lastName: 'Bad Date', birthDate: '31.12.1980' },
    ]);
    expect(items.map((i: { index: number }) => i.index)).toEqual([0, 1, 2, 3]);
    expect(items[0]).toMatchObject({
      errors: [],
      contact: {
        firstName: 'Kari',
        lastName: 'Nordmann',
        version: 1,
        relation: { id: relation.id },
        division: { name: 'North' },
      },
    });
    expect(items[1]).toMatchObject({ contact: null, errors: [{ field: 'lastName', code: 'REQUIRED' }] });
    expect(items[2]).toMatchObject({ errors: [], contact: { lastName: 'Loner', relation: null } });
    expect(items[3]).toMatchObject({ contact: null, errors: [{ field: 'birthDate', code: 'DATE_INVALID' }] });
    expect(await app.dataSource.getRepository(Contact).countBy({ lastName: 'Bad Date' })).toBe(0);
  });

  it('refuses a relationId of a relation that does not exist, and one that is not a relation id', async () => {
    const lead = await newLead();
    const items = await createContacts([
      { lastName: 'Ghost Employer', relationId: toGlobalId('Relation', 987654) },
      { lastName: 'Wrong Type', relationId: lead.id },
      { lastName: 'Garbage', relationId: 'garbage' },
    ]);
    expect(items[0]).toMatchObject({ contact: null, errors: [{ field: 'relationId', code: 'NOT_FOUND' }] });
    expect(items[1]).toMatchObject({ contact: null, errors: [{ field: 'relationId', code: 'INVALID_ID' }] });
    expect(items[2]).toMatchObject({ contact: null, errors: [{ field: 'relationId', code: 'INVALID_ID' }] });
    expect(await app.dataSource.getRepository(Contact).countBy({ lastName: 'Ghost Employer' })).toBe(0);
  });

  it('puts a contact in the division of its relation', async () => {
    const steward = await app.actor('STEWARD', 'North');
    const southUser = await app.actor('SALES', 'South');
    const southern = await newRelation({ name: 'Southern Employer', divisionId: southUser.divisionId }, steward.token);
    const [item] = await createContacts([{ lastName: 'Southerner', relationId: southern.id }], steward.token);
    expect(item.contact.division).toEqual({ name: 'South' });
  });
});

describe('updates with expectedVersion', () => {
  const UPDATE_RELATION = `mutation($i: UpdateRelationInput!) { updateRelation(input: $i) { name city version } }`;
  const UPDATE_CONTACT = `mutation($i: UpdateContactInput!) { updateContact(input: $i) { lastName title version } }`;
  const UPDATE_DEAL = `mutation($i: UpdateDealInput!) { updateDeal(input: $i) { title stage status version } }`;

  it('updateRelation with the current version applies the change and bumps the version', async () => {
    const relation = await newRelation({ name: 'Before' });
    const { updateRelation } = ok(
      await app.gql(
        UPDATE_RELATION,
        { i: { id: relation.id, expectedVersion: relation.version, name: 'After', city: 'Oslo' } },
        sales.token,
      ),
    );
    expect(updateRelation).toEqual({ name: 'After', city: 'Oslo', version: relation.version + 1 });
  });

  it('updateRelation with a stale version is CONFLICT and changes nothing', async () => {
    const relation = await newRelation({ name: 'Original' });
    ok(
      await app.gql(
        UPDATE_RELATION,
        { i: { id: relation.id, expectedVersion: relation.version, city: 'Bergen' } },
        sales.token,
      ),
    );
    const response = await app.gql(
      UPDATE_RELATION,
      { i: { id: relation.id, expectedVersion: relation.version, name: 'Overwritten', city: 'Trondheim' } },
      sales.token,
    );
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0].extensions!.currentVersion).toBe(relation.version + 1);
    const stored = await app.dataSource.getRepository(Relation).findOneByOrFail({ id: dbId(relation.id) });
    expect(stored).toMatchObject({ name: 'Original', city: 'Bergen', version: relation.version + 1 });
  });

  it('updateRelation refuses a customer number another relation has', async () => {
    await newRelation({ name: 'Number holder', customerNumber: 'K-3003' });
    const relation = await newRelation({ name: 'Wants the number' });
    const response = await app.gql(
      UPDATE_RELATION,
      { i: { id: relation.id, expectedVersion: relation.version, customerNumber: 'K-3003' } },
      sales.token,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.fields[0]).toMatchObject({ field: 'customerNumber', code: 'DUPLICATE' });
  });

  it('updateRelation and updateContact refuse an owner that does not exist, changing nothing', async () => {
    const relation = await newRelation({ name: 'Owned relation' });
    const contact = await newContact({ lastName: 'Owned contact' });
    const ghost = toGlobalId('User', 987654);
    const relationResponse = await app.gql(
      UPDATE_RELATION,
      { i: { id: relation.id, expectedVersion: relation.version, ownerId: ghost } },
      sales.token,
    );
    expect(errorCode(relationResponse)).toBe('BAD_USER_INPUT');
    expect(relationResponse.errors![0].extensions!.fields[0]).toMatchObject({ field: 'ownerId', code: 'NOT_FOUND' });
    expect(await app.dataSource.getRepository(Relation).findOneByOrFail({ id: dbId(relation.id) })).toMatchObject({
      ownerId: null,
      version: relation.version,
    });

    const contactResponse = await app.gql(
      UPDATE_CONTACT,
      { i: { id: contact.id, expectedVersion: contact.version, ownerId: ghost } },
      sales.token,
    );
    expect(errorCode(contactResponse)).toBe('BAD_USER_INPUT');
    expect(contactResponse.errors![0].extensions!.fields[0]).toMatchObject({ field: 'ownerId', code: 'NOT_FOUND' });
    expect(await app.dataSource.getRepository(Contact).findOneByOrFail({ id: dbId(contact.id) })).toMatchObject({
      ownerId: null,
      version: contact.version,
    });
  });

  it('updateRelation gives the relation to a colleague who exists', async () => {
    const relation = await newRelation();
    const colleague = await app.actor('SALES', 'North');
    const { updateRelation } = ok(
      await app.gql(
        `mutation($i: UpdateRelationInput!) { updateRelation(input: $i) { owner { id } } }`,
        { i: { id: relation.id, expectedVersion: relation.version, ownerId: colleague.id } },
        sales.token,
      ),
    );
    expect(updateRelation.owner).toEqual({ id: colleague.id });
  });

  it('updateContact with the current version applies the change and bumps the version', async () => {
    const contact = await newContact({ lastName: 'Hansen' });
    const { updateContact } = ok(
      await app.gql(
        UPDATE_CONTACT,
        { i: { id: contact.id, expectedVersion: contact.version, title: 'CFO' } },
        sales.token,
      ),
    );
    expect(updateContact).toEqual({ lastName: 'Hansen', title: 'CFO', version: contact.version + 1 });
  });

  it('updateContact with a stale version is CONFLICT and changes nothing', async () => {
    const contact = await newContact({ lastName: 'Jensen' });
    ok(
      await app.gql(
        UPDATE_CONTACT,
        { i: { id: contact.id, expectedVersion: contact.version, title: 'CEO' } },
        sales.token,
      ),
    );
    const response = await app.gql(
      UPDATE_CONTACT,
      { i: { id: contact.id, expectedVersion: contact.version, title: 'Intern', lastName: 'Other' } },
      sales.token,
    );
    expect(errorCode(response)).toBe('CONFLICT');
    expect(await app.dataSource.getRepository(Contact).findOneByOrFail({ id: dbId(contact.id) })).toMatchObject({
      lastName: 'Jensen',
      title: 'CEO',
      version: contact.version + 1,
    });
  });

  it('updateDeal with the current version applies the change and bumps the version', async () => {
    const deal = await newDeal((await newRelation()).id, { title: 'Boat' });
    const { updateDeal } = ok(
      await app.gql(
        UPDATE_DEAL,
        { i: { id: deal.id, expectedVersion: deal.version, stage: 'Propose', status: 'WON' } },
        sales.token,
      ),
    );
    expect(updateDeal).toEqual({ title: 'Boat', stage: 'Propose', status: 'WON', version: deal.version + 1 });
  });

  it('updateDeal with a stale version is CONFLICT and changes nothing', async () => {
    const deal = await newDeal((await newRelation()).id, { title: 'Car' });
    ok(
      await app.gql(UPDATE_DEAL, { i: { id: deal.id, expectedVersion: deal.version, stage: 'Propose' } }, sales.token),
    );
    const response = await app.gql(
      UPDATE_DEAL,
      { i: { id: deal.id, expectedVersion: deal.version, stage: 'Close', status: 'LOST' } },
      sales.token,
    );
    expect(errorCode(response)).toBe('CONFLICT');
    expect(await app.dataSource.getRepository(Deal).findOneByOrFail({ id: dbId(deal.id) })).toMatchObject({
      stage: 'Propose',
      status: 'OPEN',
      version: deal.version + 1,
    });
  });

  it('updateDeal sets and clears the value, and refuses a negative one', async () => {
    const deal = await newDeal((await newRelation()).id, { value: 100 });
    const update = (version: number, value: number | null) =>
      app.gql(
        'mutation($i: UpdateDealInput!) { updateDeal(input: $i) { value version } }',
        { i: { id: deal.id, expectedVersion: version, value } },
        sales.token,
      );
    expect(ok(await update(deal.version, 2500.75)).updateDeal).toEqual({ value: 2500.75, version: deal.version + 1 });
    expect(errorCode(await update(deal.version + 1, -5))).toBe('BAD_USER_INPUT');
    expect(ok(await update(deal.version + 1, null)).updateDeal).toEqual({ value: null, version: deal.version + 2 });
  });

  it('updateDeal refuses a stage its pipeline does not have', async () => {
    const deal = await newDeal((await newRelation()).id);
    const response = await app.gql(
      UPDATE_DEAL,
      { i: { id: deal.id, expectedVersion: deal.version, stage: 'Dreaming' } },
      sales.token,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect((await app.dataSource.getRepository(Deal).findOneByOrFail({ id: dbId(deal.id) })).stage).toBe('Qualify');
  });
});

describe('createDeal', () => {
  let defaultPipeline: Pipeline;

  beforeAll(async () => {
    // an older pipeline that is not the default, then the default one
    await newPipeline(['Old first', 'Old second']);
    defaultPipeline = await newPipeline(['Contact', 'Offer', 'Negotiation', 'Won'], true);
  });

  it('opens a deal on a relation in the default pipeline, at its first stage, managed by you', async () => {
    const relation = await newRelation({ name: 'Buyer' });
    const { createDeal: deal } = ok(await createDeal({ title: 'New boat', relationId: relation.id }));
    expect(deal).toMatchObject({
      title: 'New boat',
      stage: 'Contact',
      status: 'OPEN',
      version: 1,
      relation: { id: relation.id },
      contact: null,
      pipeline: { id: toGlobalId('Pipeline', defaultPipeline.id), name: defaultPipeline.name },
      manager: { id: sales.id },
    });
  });

  it('takes the stage, contact person and manager it is given', async () => {
    const relation = await newRelation();
    const contact = await newContact({ relationId: relation.id });
    const colleague = await app.actor('SALES', 'North');
    const { createDeal: deal } = ok(
      await createDeal({
        title: 'Offer made',
        relationId: relation.id,
        contactId: contact.id,
        stage: 'Offer',
        managerId: colleague.id,
      }),
    );
    expect(deal).toMatchObject({ stage: 'Offer', contact: { id: contact.id }, manager: { id: colleague.id } });
  });

  it('keeps the value it is given, to the cent (none: null)', async () => {
    const relation = await newRelation();
    expect(ok(await createDeal({ title: 'Valued', relationId: relation.id, value: 125000.5 })).createDeal.value).toBe(
      125000.5,
    );
    expect(ok(await createDeal({ title: 'Unvalued', relationId: relation.id })).createDeal.value).toBeNull();
    expect(
      (await app.dataSource.getRepository(Deal).findOneByOrFail({ title: 'Valued', relationId: dbId(relation.id) }))
        .value,
    ).toBe(125000.5);
  });

  it('refuses a negative value, one with fractions of a cent and one too large for the column, saving nothing', async () => {
    const relation = await newRelation();
    for (const value of [-1, 10.005, 1e12]) {
      const response = await createDeal({ title: 'Mispriced', relationId: relation.id, value });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions!.fields[0]).toMatchObject({ field: 'value', code: 'OUT_OF_RANGE' });
    }
    expect(await app.dataSource.getRepository(Deal).countBy({ title: 'Mispriced' })).toBe(0);
  });

  it('refuses a stage the pipeline does not have with BAD_USER_INPUT, saving nothing', async () => {
    const relation = await newRelation();
    const response = await createDeal({ title: 'Stageless', relationId: relation.id, stage: 'Nowhere' });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.fields[0]).toMatchObject({ field: 'stage', code: 'UNKNOWN_STAGE' });
    expect(await app.dataSource.getRepository(Deal).countBy({ title: 'Stageless' })).toBe(0);
  });

  it('refuses a contact person of another relation with BAD_USER_INPUT', async () => {
    const relation = await newRelation({ name: 'Mine' });
    const stranger = await newContact({ relationId: (await newRelation({ name: 'Theirs' })).id });
    const response = await createDeal({ title: 'Crossed', relationId: relation.id, contactId: stranger.id });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.field).toBe('contactId');
    expect(await app.dataSource.getRepository(Deal).countBy({ title: 'Crossed' })).toBe(0);
  });

  it('opens deals only on relations: a lead id is BAD_USER_INPUT, a missing relation NOT_FOUND', async () => {
    const lead = await newLead();
    expect(errorCode(await createDeal({ title: 'On a lead', relationId: lead.id }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await createDeal({ title: 'On nothing', relationId: toGlobalId('Relation', 987654) }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('activities', () => {
  it('createActivity attaches the activity to the one record named, owned by you', async () => {
    const relation = await newRelation();
    const { createActivity: activity } = ok(
      await createActivity({ type: 'MEETING', subject: 'Visit', relationId: relation.id }),
    );
    expect(activity).toMatchObject({
      type: 'MEETING',
      subject: 'Visit',
      doneAt: null,
      owner: { id: sales.id },
      record: { __typename: 'Relation', id: relation.id },
    });
  });

  it('createActivity works on a lead, a contact and a deal alike', async () => {
    const relation = await newRelation();
    const targets = {
      leadId: (await newLead()).id,
      contactId: (await newContact()).id,
      dealId: (await newDeal(relation.id)).id,
    };
    const types = { leadId: 'Lead', contactId: 'Contact', dealId: 'Deal' };
    for (const [field, id] of Object.entries(targets)) {
      const { createActivity: activity } = ok(await createActivity({ [field]: id }));
      expect(activity.record).toEqual({ __typename: types[field as keyof typeof types], id });
    }
  });

  it('createActivity naming no record is BAD_USER_INPUT', async () => {
    const response = await createActivity({ subject: 'Orphan activity' });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(await app.dataSource.getRepository(Activity).countBy({ subject: 'Orphan activity' })).toBe(0);
  });

  it('createActivity naming two records is BAD_USER_INPUT', async () => {
    const relation = await newRelation();
    const lead = await newLead();
    const response = await createActivity({ subject: 'Two homes', leadId: lead.id, relationId: relation.id });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(await app.dataSource.getRepository(Activity).countBy({ subject: 'Two homes' })).toBe(0);
  });

  it('completeActivity marks it done now; a second time is CONFLICT and keeps the first time', async () => {
    const { createActivity: activity } = ok(await createActivity({ leadId: (await newLead()).id }));
    const before = Date.now();
    const { completeActivity } = ok(
      await app.gql(`mutation($id: ID!) { completeActivity(id: $id) { doneAt } }`, { id: activity.id }, sales.token),
    );
    const doneAt = new Date(completeActivity.doneAt).getTime();
    expect(Math.abs(doneAt - before)).toBeLessThan(60_000);

    const again = await app.gql(
      `mutation($id: ID!) { completeActivity(id: $id) { doneAt } }`,
      { id: activity.id },
      sales.token,
    );
    expect(errorCode(again)).toBe('CONFLICT');
    const stored = await app.dataSource.getRepository(Activity).findOneByOrFail({ id: dbId(activity.id) });
    expect(stored.doneAt!.getTime()).toBe(doneAt);
  });
});

describe('addTags and removeTags', () => {
  const ADD = `mutation($id: ID!, $tags: [String!]!) { addTags(recordId: $id, tags: $tags) { __typename id ... on Lead { tags { name } } ... on Relation { tags { name } } ... on Contact { tags { name } } } }`;
  const REMOVE = ADD.replace('addTags', 'removeTags');
  const tagNames = (node: { tags: { name: string }[] }) => node.tags.map((t) => t.name);

  it('tag and untag a lead, a relation and a contact', async () => {
    const records = {
      Lead: (await newLead()).id,
      Relation: (await newRelation()).id,
      Contact: (await newContact()).id,
    };
    for (const [typename, id] of Object.entries(records)) {
      const { addTags } = ok(await app.gql(ADD, { id, tags: ['spring fair', ' vip ', 'Newsletter'] }, sales.token));
      expect(addTags.__typename).toBe(typename);
      expect(addTags.id).toBe(id);
      expect(tagNames(addTags)).toEqual(['Newsletter', 'spring fair', 'vip']);

      const { removeTags } = ok(await app.gql(REMOVE, { id, tags: ['vip', 'never-there'] }, sales.token));
      expect(tagNames(removeTags)).toEqual(['Newsletter', 'spring fair']);
    }
  });

  it('adding a tag twice keeps it once', async () => {
    const lead = await newLead();
    ok(await app.gql(ADD, { id: lead.id, tags: ['repeat'] }, sales.token));
    const { addTags } = ok(await app.gql(ADD, { id: lead.id, tags: ['repeat'] }, sales.token));
    expect(tagNames(addTags)).toEqual(['repeat']);
  });

  it('refuses to tag a deal with BAD_USER_INPUT', async () => {
    const deal = await newDeal((await newRelation()).id);
    expect(errorCode(await app.gql(ADD, { id: deal.id, tags: ['x'] }, sales.token))).toBe('BAD_USER_INPUT');
  });
});

describe('nested connections', () => {
  const PAGE = `totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor }`;
  type Page = {
    totalCount: number;
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
  };

  /** Walks a nested connection of the record with first/after, two at a time. */
  async function walk(recordId: string, type: string, field: string): Promise<Page[]> {
    const query = `query($id: ID!, $after: String) { node(id: $id) { ... on ${type} { ${field}(first: 2, after: $after) { ${PAGE} } } } }`;
    const pages: Page[] = [];
    let after: string | null = null;
    for (let n = 0; n < 10; n += 1) {
      const page: Page = ok(await app.gql(query, { id: recordId, after }, sales.token)).node[field];
      pages.push(page);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return pages;
  }

  function expectWalk(pages: Page[], expectedIds: string[]) {
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.id))).toEqual(expectedIds);
    expect(pages.map((p) => p.edges.length)).toEqual([2, 1]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, false]);
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual([false, true]);
    for (const page of pages) expect(page.totalCount).toBe(expectedIds.length);
  }

  it("a relation's contacts, oldest first, page by page", async () => {
    const relation = await newRelation();
    const items = await createContacts(
      ['Eik', 'Ask', 'Lind'].map((lastName) => ({ lastName, relationId: relation.id })),
    );
    await newContact({ lastName: 'Elsewhere' });
    expectWalk(
      await walk(relation.id, 'Relation', 'contacts'),
      items.map((i: { contact: { id: string } }) => i.contact.id),
    );
  });

  it("a relation's deals, oldest first, page by page", async () => {
    const relation = await newRelation();
    const deals = [await newDeal(relation.id), await newDeal(relation.id), await newDeal(relation.id)];
    await newDeal((await newRelation()).id);
    expectWalk(
      await walk(relation.id, 'Relation', 'deals'),
      deals.map((d) => d.id),
    );
  });

  it("a relation's activities, oldest first, page by page", async () => {
    const relation = await newRelation();
    const activities = [];
    for (const subject of ['One', 'Two', 'Three'])
      activities.push(ok(await createActivity({ subject, relationId: relation.id })).createActivity.id);
    expectWalk(await walk(relation.id, 'Relation', 'activities'), activities);
  });

  it("a lead's activities, oldest first, page by page", async () => {
    const lead = await newLead();
    const activities = [];
    for (const subject of ['One', 'Two', 'Three'])
      activities.push(ok(await createActivity({ subject, leadId: lead.id })).createActivity.id);
    await createActivity({ subject: 'Other lead', leadId: (await newLead()).id });
    expectWalk(await walk(lead.id, 'Lead', 'activities'), activities);
  });

  it('a nested connection pages backward with last/before and refuses a garbage cursor', async () => {
    const lead = await newLead();
    const activities: string[] = [];
    for (const subject of ['A', 'B', 'C'])
      activities.push(ok(await createActivity({ subject, leadId: lead.id })).createActivity.id);
    const query = `query($id: ID!, $before: String) { node(id: $id) { ... on Lead { activities(last: 2, before: $before) { ${PAGE} } } } }`;
    const end: Page = ok(await app.gql(query, { id: lead.id }, sales.token)).node.activities;
    expect(end.edges.map((e) => e.node.id)).toEqual(activities.slice(1));
    expect(end.pageInfo.hasPreviousPage).toBe(true);
    const start: Page = ok(await app.gql(query, { id: lead.id, before: end.edges[0].cursor }, sales.token)).node
      .activities;
    expect(start.edges.map((e) => e.node.id)).toEqual(activities.slice(0, 1));
    expect(start.pageInfo.hasPreviousPage).toBe(false);
    expect(errorCode(await app.gql(query, { id: lead.id, before: 'garbage' }, sales.token))).toBe('BAD_USER_INPUT');
  });
});

describe('node and nodes', () => {
  const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;
  const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;

  /** One record of every node type, by type name. */
  async function oneOfEach(): Promise<Record<string, string>> {
    const relation = await newRelation();
    const contact = await newContact({ relationId: relation.id });
    const lead = await newLead();
    const deal = await newDeal(relation.id);
    const activity = ok(await createActivity({ leadId: lead.id })).createActivity;
    const { addTags } = ok(
      await app.gql(
        `mutation($id: ID!) { addTags(recordId: $id, tags: ["node-tag"]) { ... on Lead { tags { id name } } } }`,
        { id: lead.id },
        sales.token,
      ),
    );
    const { me } = ok(await app.gql(`{ me { id division { id } } }`, {}, sales.token));
    const pipeline = await newPipeline();
    const series = await app.dataSource
      .getRepository(NumberSeries)
      .save({ name: `Series ${pipeline.id}`, prefix: 'K-', nextNumber: 1000 });
    const attachment = await app.dataSource.getRepository(Attachment).save({
      fileName: 'offer.pdf',
      mediaType: 'application/pdf',
      size: 3,
      content: Buffer.from('pdf'),
      leadId: dbId(lead.id),
    });
    return {
      Lead: lead.id,
      Relation: relation.id,
      Contact: contact.id,
      Deal: deal.id,
      Activity: activity.id,
      Tag: addTags.tags.find((t: { name: string }) => t.name === 'node-tag').id,
      User: me.id,
      Division: me.division.id,
      Pipeline: toGlobalId('Pipeline', pipeline.id),
      NumberSeries: toGlobalId('NumberSeries', series.id),
      Attachment: toGlobalId('Attachment', attachment.id),
    };
  }

  it('node resolves a record of every type to its own type', async () => {
    const records = await oneOfEach();
    for (const [typename, id] of Object.entries(records)) {
      expect(ok(await app.gql(NODE, { id }, sales.token)).node).toEqual({ __typename: typename, id });
    }
  });

  it('nodes resolves many ids of mixed types in the order asked, with null for a missing one', async () => {
    const records = await oneOfEach();
    const missing = toGlobalId('Lead', 987654);
    const ids = [...Object.values(records).reverse(), missing];
    const { nodes } = ok(await app.gql(NODES, { ids }, sales.token));
    expect(nodes).toEqual([
      ...Object.entries(records)
        .reverse()
        .map(([__typename, id]) => ({ __typename, id })),
      null,
    ]);
  });

  it('node answers null for a well-formed id of a record that does not exist', async () => {
    for (const id of [toGlobalId('Lead', 987654), toGlobalId('Relation', 987654), toGlobalId('Deal', 987654)]) {
      const response = await app.gql(NODE, { id }, sales.token);
      expect(response.errors).toBeUndefined();
      expect(response.data!.node).toBeNull();
    }
  });

  it('node and nodes answer BAD_USER_INPUT for an id this API did not issue', async () => {
    const lead = await newLead();
    for (const garbage of [
      'garbage',
      '',
      Buffer.from('Lead:abc').toString('base64url'),
      Buffer.from('Lead').toString('base64url'),
    ]) {
      const response: GraphQLResponse = await app.gql(NODE, { id: garbage }, sales.token);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await app.gql(NODES, { ids: [lead.id, 'garbage'] }, sales.token))).toBe('BAD_USER_INPUT');
  });

  it('node still resolves a merged relation, pointing at its survivor', async () => {
    const survivor = await newRelation({ name: 'Survivor' });
    const merged = await newRelation({ name: 'Merged' });
    await app.dataSource
      .getRepository(Relation)
      .update(dbId(merged.id), { status: 'MERGED' as never, mergedIntoId: dbId(survivor.id) });
    const { node } = ok(
      await app.gql(
        `query($id: ID!) { node(id: $id) { ... on Relation { name status mergedInto { id } } } }`,
        { id: merged.id },
        sales.token,
      ),
    );
    expect(node).toEqual({ name: 'Merged', status: 'MERGED', mergedInto: { id: survivor.id } });
  });
});
