import { Contact, Lead } from '../../src/entities';
import { fromGlobalId } from '../../src/schema/global-id';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let north: Actor;
let south: Actor;

beforeAll(async () => {
  app = await startTestApp();
  north = await app.actor('SALES', 'North');
  south = await app.actor('SALES', 'South');
});
afterAll(() => app.close());

const dbId = (globalId: string) => fromGlobalId(globalId).id;

let leadCount = 0;
async function newLead(actor: Actor, input: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  leadCount += 1;
  return ok(
    await app.gql(
      `mutation($i: LeadInput!) { createLead(input: $i) { id version } }`,
      { i: { lastName: `Lead ${leadCount}`, email: `lead${leadCount}@access.test`, ...input } },
      actor.token,
    ),
  ).createLead;
}

/** Every field of the answer to a raw HTTP request: for requests without the harness's token handling. */
async function post(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  };
}

describe('authentication', () => {
  const DATA_FIELDS = {
    leads: '{ leads { totalCount } }',
    relations: '{ relations { totalCount } }',
    me: '{ me { id } }',
    node: `{ node(id: "${Buffer.from('Lead:1').toString('base64url')}") { id } }`,
    mutation: 'mutation { createLead(input: { lastName: "Anonymous", email: "anon@x.dk" }) { id } }',
  };

  /** No data: null as a whole (a non-null field failed) or null in the field asked for (a nullable one). */
  const noData = (data: Record<string, unknown> | null | undefined) =>
    Object.values(data ?? {}).every((value) => value === null);

  it.each(Object.entries(DATA_FIELDS))(
    'answers %s without a token with UNAUTHENTICATED and no data',
    async (_name, query) => {
      const response = await post(query);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(noData(response.data)).toBe(true);
    },
  );

  it.each(Object.entries(DATA_FIELDS))(
    'answers %s with an unknown bearer token with UNAUTHENTICATED',
    async (_name, query) => {
      const response = await post(query, { authorization: 'Bearer crm_not-a-real-token' });
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(noData(response.data)).toBe(true);
    },
  );

  it('answers UNAUTHENTICATED to an Authorization header that is not a bearer token', async () => {
    for (const authorization of [north.token, `Basic ${north.token}`, 'Bearer', `Bearer ${north.token} extra`]) {
      const response = await post('{ me { id } }', { authorization });
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('creates nothing for a mutation without a token', async () => {
    await post('mutation { createLead(input: { lastName: "Sneaky", email: "sneaky@x.dk" }) { id } }');
    expect(await app.dataSource.getRepository(Lead).countBy({ lastName: 'Sneaky' })).toBe(0);
  });

  it('answers { __typename } without a token', async () => {
    const response = await post('{ __typename }');
    expect(response).toEqual({ data: { __typename: 'Query' } });
  });

  it('accepts a valid token, whatever the case of "Bearer"', async () => {
    const response = await post('{ me { id } }', { authorization: `bearer ${north.token}` });
    expect(response.data).toEqual({ me: { id: north.id } });
  });
});

describe('a SALES user works only in their own division', () => {
  it('sees the leads of their division in leads, but not those of another', async () => {
    const mine = await newLead(north, { lastName: 'Northern inbox' });
    const theirs = await newLead(south, { lastName: 'Southern inbox' });
    const visible = async (actor: Actor) =>
      ok(
        await app.gql(`{ leads(first: 100) { edges { node { id division { id } } } } }`, {}, actor.token),
      ).leads.edges.map((e: { node: { id: string; division: { id: string } } }) => e.node);

    const seenByNorth = await visible(north);
    expect(seenByNorth.map((n: { id: string }) => n.id)).toContain(mine.id);
    expect(seenByNorth.map((n: { id: string }) => n.id)).not.toContain(theirs.id);
    expect(seenByNorth.every((n: { division: { id: string } }) => n.division.id === north.divisionId)).toBe(true);

    const seenBySouth = await visible(south);
    expect(seenBySouth.map((n: { id: string }) => n.id)).toContain(theirs.id);
    expect(seenBySouth.map((n: { id: string }) => n.id)).not.toContain(mine.id);
  });

  it("does not find another division's lead by searching for it", async () => {
    await newLead(south, { lastName: 'Hiddenvik' });
    const { leads } = ok(await app.gql(`{ leads(filter: { search: "Hiddenvik" }) { totalCount } }`, {}, north.token));
    expect(leads.totalCount).toBe(0);
  });

  it('may filter on their own division', async () => {
    const mine = await newLead(north, { lastName: 'Own division' });
    const { leads } = ok(
      await app.gql(
        `query($d: ID!) { leads(first: 100, filter: { divisionId: $d }) { edges { node { id } } } }`,
        { d: north.divisionId },
        north.token,
      ),
    );
    expect(leads.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(mine.id);
  });

  it('gets FORBIDDEN asking for another division in a filter', async () => {
    await newLead(south);
    for (const list of ['leads', 'relations', 'contacts']) {
      const response = await app.gql(
        `query($d: ID!) { ${list}(filter: { divisionId: $d }) { totalCount } }`,
        { d: south.divisionId },
        north.token,
      );
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
    }
    expect(
      errorCode(
        await app.gql(
          `query($d: ID!) { deals(filter: { divisionId: $d }) { totalCount } }`,
          { d: south.divisionId },
          north.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it("gets FORBIDDEN on node(id) of another division's lead, and nodes(ids) with one among them", async () => {
    const mine = await newLead(north);
    const theirs = await newLead(south);
    const response = await app.gql(
      `query($id: ID!) { node(id: $id) { id ... on Lead { lastName } } }`,
      { id: theirs.id },
      north.token,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.data?.node ?? null).toBeNull();
    expect(JSON.stringify(response.data ?? null)).not.toContain('Lead ');

    const many = await app.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Lead { lastName } } }`,
      { ids: [mine.id, theirs.id] },
      north.token,
    );
    expect(errorCode(many)).toBe('FORBIDDEN');
    expect(JSON.stringify(many.data ?? null)).not.toContain(theirs.id);
  });

  it("gets FORBIDDEN on node(id) of another division's relation", async () => {
    const { createRelations } = ok(
      await app.gql(
        `mutation { createRelations(inputs: [{ name: "Southern Relation" }]) { relation { id } } }`,
        {},
        south.token,
      ),
    );
    const response = await app.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: createRelations[0].relation.id },
      north.token,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it("gets FORBIDDEN on takeLead of another division's lead, which stays unowned and NEW", async () => {
    const theirs = await newLead(south);
    const response = await app.gql(
      `mutation($id: ID!) { takeLead(leadId: $id) { id } }`,
      { id: theirs.id },
      north.token,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    const stored = await app.dataSource.getRepository(Lead).findOneByOrFail({ id: dbId(theirs.id) });
    expect(stored).toMatchObject({ ownerId: null, status: 'NEW', version: theirs.version });
  });

  it("gets FORBIDDEN on rejectLead of another division's lead, which stays NEW without a reason", async () => {
    const theirs = await newLead(south);
    const response = await app.gql(
      `mutation($id: ID!) { rejectLead(leadId: $id, reason: "Not ours") { id } }`,
      { id: theirs.id },
      north.token,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    const stored = await app.dataSource.getRepository(Lead).findOneByOrFail({ id: dbId(theirs.id) });
    expect(stored).toMatchObject({ status: 'NEW', rejectionReason: null, version: theirs.version });
  });

  it("gets FORBIDDEN on updateLead of another division's lead, which stays as it was", async () => {
    const theirs = await newLead(south, { lastName: 'Unchanged', city: 'Malmö' });
    const response = await app.gql(
      `mutation($i: UpdateLeadInput!) { updateLead(input: $i) { id } }`,
      { i: { id: theirs.id, expectedVersion: theirs.version, lastName: 'Hijacked', city: 'Oslo' } },
      north.token,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    const stored = await app.dataSource.getRepository(Lead).findOneByOrFail({ id: dbId(theirs.id) });
    expect(stored).toMatchObject({ lastName: 'Unchanged', city: 'Malmö', version: theirs.version });
  });

  it("gets FORBIDDEN on assignLead of another division's lead, which stays unowned", async () => {
    const theirs = await newLead(south);
    const response = await app.gql(
      `mutation($id: ID!, $u: ID!) { assignLead(leadId: $id, userId: $u) { id } }`,
      { id: theirs.id, u: south.id },
      north.token,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect((await app.dataSource.getRepository(Lead).findOneByOrFail({ id: dbId(theirs.id) })).ownerId).toBeNull();
  });

  it('gets FORBIDDEN creating a lead in another division, and nothing is saved', async () => {
    const response = await app.gql(
      `mutation($i: LeadInput!) { createLead(input: $i) { id } }`,
      { i: { lastName: 'Smuggled', email: 's@x.dk', divisionId: south.divisionId } },
      north.token,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(await app.dataSource.getRepository(Lead).countBy({ lastName: 'Smuggled' })).toBe(0);
  });

  it("gets FORBIDDEN creating a contact person at another division's relation, and nothing is saved", async () => {
    const { createRelations } = ok(
      await app.gql(
        `mutation { createRelations(inputs: [{ name: "Southern Employer" }]) { relation { id } } }`,
        {},
        south.token,
      ),
    );
    const relationId = createRelations[0].relation.id;
    const response = await app.gql(
      `mutation($r: ID!) { createContacts(inputs: [{ lastName: "Infiltrator", relationId: $r }]) { contact { id } errors { code } } }`,
      { r: relationId },
      north.token,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(await app.dataSource.getRepository(Contact).countBy({ lastName: 'Infiltrator' })).toBe(0);
  });

  it("gets FORBIDDEN moving their contact person to another division's relation, which stays where it was", async () => {
    const { createRelations } = ok(
      await app.gql(
        `mutation { createRelations(inputs: [{ name: "Southern Poacher" }]) { relation { id } } }`,
        {},
        south.token,
      ),
    );
    const { createContacts } = ok(
      await app.gql(
        `mutation { createContacts(inputs: [{ lastName: "Loyal" }]) { contact { id version } } }`,
        {},
        north.token,
      ),
    );
    const contact = createContacts[0].contact;
    const response = await app.gql(
      `mutation($i: UpdateContactInput!) { updateContact(input: $i) { id } }`,
      { i: { id: contact.id, expectedVersion: contact.version, relationId: createRelations[0].relation.id } },
      north.token,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(await app.dataSource.getRepository(Contact).findOneByOrFail({ id: dbId(contact.id) })).toMatchObject({
      relationId: null,
      version: contact.version,
    });
  });

  it("gets FORBIDDEN tagging another division's lead", async () => {
    const theirs = await newLead(south);
    const response = await app.gql(
      `mutation($id: ID!) { addTags(recordId: $id, tags: ["mine now"]) { id } }`,
      { id: theirs.id },
      north.token,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    const { node } = ok(
      await app.gql(
        `query($id: ID!) { node(id: $id) { ... on Lead { tags { name } } } }`,
        { id: theirs.id },
        south.token,
      ),
    );
    expect(node.tags).toEqual([]);
  });
});

describe('STEWARD and ADMIN see every division', () => {
  it.each(['STEWARD', 'ADMIN'] as const)(
    '%s sees leads of every division in leads and may filter on any division',
    async (role) => {
      const actor = await app.actor(role, 'North');
      const northern = await newLead(north, { lastName: `${role} north` });
      const southern = await newLead(south, { lastName: `${role} south` });
      const { leads } = ok(
        await app.gql(
          `query($s: String) { leads(first: 100, filter: { search: $s }) { edges { node { id } } } }`,
          { s: role },
          actor.token,
        ),
      );
      expect(leads.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(
        [northern.id, southern.id].sort(),
      );

      const filtered = ok(
        await app.gql(
          `query($d: ID!, $s: String) { leads(filter: { divisionId: $d, search: $s }) { edges { node { id } } } }`,
          { d: south.divisionId, s: role },
          actor.token,
        ),
      );
      expect(filtered.leads.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([southern.id]);
    },
  );

  it.each(['STEWARD', 'ADMIN'] as const)('%s may read and work a lead of another division', async (role) => {
    const actor = await app.actor(role, 'North');
    const southern = await newLead(south);
    expect(
      ok(await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: southern.id }, actor.token)).node,
    ).toEqual({ id: southern.id });
    const { takeLead } = ok(
      await app.gql(
        `mutation($id: ID!) { takeLead(leadId: $id) { status owner { id } } }`,
        { id: southern.id },
        actor.token,
      ),
    );
    expect(takeLead).toEqual({ status: 'IN_PROGRESS', owner: { id: actor.id } });
  });
});

describe('activities of another division', () => {
  async function southActivity() {
    const lead = await newLead(south);
    return ok(
      await app.gql(
        `mutation($id: ID!) { createActivity(input: { type: CALL, subject: "South call", leadId: $id }) { id } }`,
        { id: lead.id },
        south.token,
      ),
    ).createActivity as { id: string };
  }

  it('are FORBIDDEN through node(id) to a SALES user of another division', async () => {
    const activity = await southActivity();
    expect(errorCode(await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: activity.id }, north.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('cannot be completed by a SALES user of another division, and stay open', async () => {
    const activity = await southActivity();
    expect(
      errorCode(
        await app.gql(`mutation($id: ID!) { completeActivity(id: $id) { id } }`, { id: activity.id }, north.token),
      ),
    ).toBe('FORBIDDEN');
    const done = ok(
      await app.gql(
        `query($id: ID!) { node(id: $id) { ... on Activity { doneAt } } }`,
        { id: activity.id },
        south.token,
      ),
    );
    expect(done.node.doneAt).toBeNull();
  });
});
