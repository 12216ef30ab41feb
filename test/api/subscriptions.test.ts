import type { Client } from 'graphql-ws';
import { transaction } from '../../src/db/transaction';
import { Lead } from '../../src/entities';
import { createLeads } from '../../src/leads/lead-intake.service';
import { bearer, liveClient, LiveSubscription, subscribe, waitFor, type LiveResult } from '../support/live-client';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

const CREATED = `subscription($filter: LeadSubscriptionFilter, $after: String) {
  leadCreated(filter: $filter, after: $after) { cursor node { id lastName source kind division { name } } }
}`;
const UPDATED = `subscription($filter: LeadSubscriptionFilter) { leadUpdated(filter: $filter) { id lastName status rejectionReason owner { id } } }`;

interface CreatedEdge {
  cursor: string;
  node: { id: string; lastName: string; source: string; kind: string; division: { name: string } | null };
}
interface UpdatedLead {
  id: string;
  lastName: string;
  status: string;
  rejectionReason: string | null;
  owner: { id: string } | null;
}

let app: TestApp;
let admin: Actor;
let north: Actor;
let south: Actor;
let clients: Client[] = [];

beforeAll(async () => {
  app = await startTestApp({ maxQueryDepth: 6, maxQueryComplexity: 200 });
  admin = await app.actor('ADMIN', 'North');
  north = await app.actor('SALES', 'North');
  south = await app.actor('SALES', 'South');
  await createLead({ lastName: 'The first lead' }); // so the inbox always has a newest cursor
});
afterEach(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  clients = [];
  await waitFor(() => app.server.liveSubscriptions() === 0, 'the server to let go of the closed subscriptions');
});
afterAll(() => app.close());

function client(connectionParams: Record<string, unknown> = bearer(admin.token)): Client {
  const created = liveClient(app, connectionParams);
  clients.push(created);
  return created;
}

let leadCount = 0;
async function createLead(
  input: Record<string, unknown>,
  token = admin.token,
): Promise<{ id: string; lastName: string }> {
  leadCount += 1;
  const mutation = `mutation($input: LeadInput!) { createLead(input: $input) { id lastName } }`;
  return ok(await app.gql(mutation, { input: { email: `live${leadCount}@x.dk`, ...input } }, token)).createLead;
}

/** The cursor of the newest lead in the inbox: what a dashboard subscribes after. */
async function newestCursor(): Promise<string | null> {
  const { leads } = ok(await app.gql(`{ leads(first: 1) { edges { cursor } } }`, {}, admin.token));
  return leads.edges[0]?.cursor ?? null;
}

const edges = (results: LiveResult<{ leadCreated: CreatedEdge }>[]) => results.map((r) => r.data!.leadCreated);
const names = (results: LiveResult<{ leadCreated: CreatedEdge }>[]) => edges(results).map((edge) => edge.node.lastName);
const named = (lastName: string) => (r: LiveResult<{ leadCreated: CreatedEdge }>) =>
  r.data?.leadCreated.node.lastName === lastName;
const lifecycle = (query: string, variables: Record<string, unknown>, token = admin.token) =>
  app.gql(query, variables, token).then(ok);

describe('leadCreated', () => {
  it('pushes a lead made with createLead to a subscriber, as an edge with the cursor the inbox gives it', async () => {
    const live = await subscribe<{ leadCreated: CreatedEdge }>(app, client(), CREATED);
    const lead = await createLead({ lastName: 'Single' });
    const [edge] = edges(await live.take(1));
    expect(edge.node).toEqual({
      id: lead.id,
      lastName: 'Single',
      source: 'MANUAL',
      kind: 'PRIVATE',
      division: { name: 'North' },
    });
    expect(edge.cursor).toBe(await newestCursor());
  });

  it('pushes every lead a createLeads batch saves, in input order, and none of its rejected inputs', async () => {
    const live = await subscribe<{ leadCreated: CreatedEdge }>(app, client(), CREATED);
    const inputs = [
      { lastName: 'Batch 1', email: 'b1@x.dk' },
      { lastName: 'Batch no contact' },
      { lastName: 'Batch 2', phone: '+4512345678' },
    ];
    ok(
      await app.gql(
        `mutation($inputs: [LeadInput!]!) { createLeads(inputs: $inputs) { index } }`,
        { inputs },
        admin.token,
      ),
    );
    expect(names(await live.takeUntil(named('Batch 2')))).toEqual(['Batch 1', 'Batch 2']);
  });

  it('pushes only the leads of the division the filter names', async () => {
    const live = await subscribe<{ leadCreated: CreatedEdge }>(app, client(), CREATED, {
      filter: { divisionId: south.divisionId },
    });
    await createLead({ lastName: 'In North' });
    await createLead({ lastName: 'In South', divisionId: south.divisionId });
    expect(edges(await live.take(1))[0].node).toMatchObject({ lastName: 'In South', division: { name: 'South' } });
  });

  it('pushes only the leads of the sources the filter names', async () => {
    const live = await subscribe<{ leadCreated: CreatedEdge }>(app, client(), CREATED, {
      filter: { source: ['WEB', 'IMPORT'] },
    });
    await createLead({ lastName: 'Typed in', source: 'MANUAL' });
    await createLead({ lastName: 'From the web', source: 'WEB' });
    expect(edges(await live.take(1))[0].node).toMatchObject({ lastName: 'From the web', source: 'WEB' });
  });

  it('pushes only the leads of the kind the filter names', async () => {
    const live = await subscribe<{ leadCreated: CreatedEdge }>(app, client(), CREATED, {
      filter: { kind: 'BUSINESS' },
    });
    await createLead({ lastName: 'Private person' });
    await createLead({ lastName: 'Company contact', companyName: 'Firma ApS' });
    expect(edges(await live.take(1))[0].node).toMatchObject({ lastName: 'Company contact', kind: 'BUSINESS' });
  });

  it('pushes a SALES user only the leads of their own division', async () => {
    const live = await subscribe<{ leadCreated: CreatedEdge }>(app, client(bearer(north.token)), CREATED);
    await createLead({ lastName: 'Not for North', divisionId: south.divisionId });
    await createLead({ lastName: 'For North' });
    expect(names(await live.take(1))).toEqual(['For North']);
  });

  it('refuses a SALES user who asks for another division with FORBIDDEN', async () => {
    const live = new LiveSubscription(client(bearer(north.token)), CREATED, {
      filter: { divisionId: south.divisionId },
    });
    const [result] = await live.take(1);
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('pushes nothing of leads whose transaction rolls back', async () => {
    const live = await subscribe<{ leadCreated: CreatedEdge }>(app, client(), CREATED);
    const failingImport = transaction(app.dataSource, admin.user, async (uow) => {
      await createLeads(uow, [{ lastName: 'Rolled back', email: 'rolled@x.dk' }]);
      // long enough for an announcement made too early to reach the subscriber while the lead still exists
      await new Promise((resolve) => setTimeout(resolve, 100));
      throw new Error('the import failed after the intake');
    });
    await expect(failingImport).rejects.toThrow('the import failed');
    await createLead({ lastName: 'Committed' });
    expect(names(await live.takeUntil(named('Committed')))).toEqual(['Committed']);
    expect(await app.dataSource.getRepository(Lead).countBy({ lastName: 'Rolled back' })).toBe(0);
  });

  it('after a reconnect with the last cursor received, pushes the leads missed meanwhile and then the new ones, each once and in order', async () => {
    const first = client();
    const before = await subscribe<{ leadCreated: CreatedEdge }>(app, first, CREATED, { after: await newestCursor() });
    await createLead({ lastName: 'Seen 1' });
    await createLead({ lastName: 'Seen 2' });
    const lastCursor = edges(await before.take(2))[1].cursor;
    await first.dispose();
    await waitFor(() => app.server.liveSubscriptions() === 0, 'the server to see the client gone');

    for (const lastName of ['Missed 1', 'Missed 2', 'Missed 3']) await createLead({ lastName });
    const after = await subscribe<{ leadCreated: CreatedEdge }>(app, client(), CREATED, { after: lastCursor });
    for (const lastName of ['New 1', 'New 2', 'End']) await createLead({ lastName });

    const received = edges(await after.takeUntil(named('End')));
    expect(received.map((edge) => edge.node.lastName)).toEqual([
      'Missed 1',
      'Missed 2',
      'Missed 3',
      'New 1',
      'New 2',
      'End',
    ]);
    const ids = received.map((edge) => Number(Buffer.from(edge.node.id, 'base64url').toString().split(':')[1]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('leaves no gap and no duplicate at the seam when it subscribes with after while leads keep coming', async () => {
    const start = await newestCursor();
    const flow = Array.from({ length: 30 }, (_, i) => `Flow ${i}`);
    const creating = (async () => {
      for (const lastName of flow) await createLead({ lastName });
    })();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const live = await subscribe<{ leadCreated: CreatedEdge }>(app, client(), CREATED, { after: start });
    await creating;
    await createLead({ lastName: 'Flow end' });
    expect(names(await live.takeUntil(named('Flow end')))).toEqual([...flow, 'Flow end']);
  });

  it('pushes once a lead that commits while the replay is being read', async () => {
    const start = await newestCursor();
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => (commit = resolve));
    const slowIntake = transaction(app.dataSource, admin.user, async (uow) => {
      await createLeads(uow, [{ lastName: 'At the seam', email: 'seam@x.dk' }]);
      await committing;
    });
    // listening now; on SQLite its replay waits for the open transaction, so the lead comes both live and from the database
    const live = await subscribe<{ leadCreated: CreatedEdge }>(app, client(), CREATED, { after: start });
    commit();
    await slowIntake;
    await createLead({ lastName: 'After the seam' });
    expect(names(await live.takeUntil(named('After the seam')))).toEqual(['At the seam', 'After the seam']);
  });

  it("refuses an after that is not a cursor of the inbox's id order", async () => {
    const { leads } = ok(
      await app.gql(`{ leads(first: 1, orderBy: { field: LAST_NAME }) { edges { cursor } } }`, {}, admin.token),
    );
    const live = new LiveSubscription(client(), CREATED, { after: leads.edges[0].cursor });
    const [result] = await live.take(1);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses to replay more than 1000 leads, saying how to catch up', async () => {
    const start = await newestCursor();
    const batch = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({ lastName: `Bulk ${from + i}`, email: `bulk${from + i}@x.dk` }));
    for (const inputs of [batch(0, 500), batch(500, 500), batch(1000, 1)]) {
      ok(
        await app.gql(
          `mutation($inputs: [LeadInput!]!) { createLeads(inputs: $inputs) { index } }`,
          { inputs },
          admin.token,
        ),
      );
    }
    const live = new LiveSubscription(client(), CREATED, { after: start });
    const [result] = await live.take(1);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(result.errors![0].message).toMatch(
      /More than 1000 leads came after this cursor: page through them with leads\(orderBy/,
    );
  });
});

describe('leadUpdated', () => {
  const TAKE = `mutation($id: ID!) { takeLead(leadId: $id) { id } }`;

  it('pushes the lead when someone takes it', async () => {
    const lead = await createLead({ lastName: 'To take' });
    const live = await subscribe<{ leadUpdated: UpdatedLead }>(app, client(), UPDATED);
    await lifecycle(TAKE, { id: lead.id }, north.token);
    const [result] = await live.take(1);
    expect(result.data!.leadUpdated).toMatchObject({ id: lead.id, status: 'IN_PROGRESS', owner: { id: north.id } });
  });

  it('pushes the lead when it is assigned to a colleague', async () => {
    const lead = await createLead({ lastName: 'To assign' });
    const live = await subscribe<{ leadUpdated: UpdatedLead }>(app, client(), UPDATED);
    await lifecycle(`mutation($id: ID!, $u: ID!) { assignLead(leadId: $id, userId: $u) { id } }`, {
      id: lead.id,
      u: north.id,
    });
    const [result] = await live.take(1);
    expect(result.data!.leadUpdated).toMatchObject({ id: lead.id, status: 'IN_PROGRESS', owner: { id: north.id } });
  });

  it('pushes the lead when it is rejected', async () => {
    const lead = await createLead({ lastName: 'To reject' });
    const live = await subscribe<{ leadUpdated: UpdatedLead }>(app, client(), UPDATED);
    await lifecycle(`mutation($id: ID!) { rejectLead(leadId: $id, reason: "A student") { id } }`, { id: lead.id });
    const [result] = await live.take(1);
    expect(result.data!.leadUpdated).toMatchObject({ id: lead.id, status: 'REJECTED', rejectionReason: 'A student' });
  });

  const CONVERT = `mutation($input: ConvertLeadInput!) { convertLead(input: $input) { lead { id status } } }`;

  it('pushes the lead when it is converted, with its new status', async () => {
    const lead = await createLead({ firstName: 'Conni', lastName: 'To convert', companyName: 'Konverter Lyngby ApS' });
    const live = await subscribe<{ leadUpdated: UpdatedLead }>(app, client(), UPDATED);
    await lifecycle(
      CONVERT,
      { input: { leadId: lead.id, target: 'CLIENT', relation: { choice: 'CREATE' }, activity: { choice: 'NONE' } } },
      north.token,
    );
    const [result] = await live.take(1);
    expect(result.data!.leadUpdated).toMatchObject({
      id: lead.id,
      lastName: 'To convert',
      status: 'CONVERTED',
      owner: null,
    });
  });

  it('pushes the lead when it is converted with one click', async () => {
    const lead = await createLead({ firstName: 'Quinn', lastName: 'Quick convert', companyName: 'Enklik Vejle ApS' });
    await lifecycle(TAKE, { id: lead.id }, north.token);
    const live = await subscribe<{ leadUpdated: UpdatedLead }>(app, client(), UPDATED);
    await lifecycle(
      `mutation($id: ID!) { quickConvertLead(leadId: $id) { lead { id } } }`,
      { id: lead.id },
      north.token,
    );
    const [result] = await live.take(1);
    expect(result.data!.leadUpdated).toMatchObject({ id: lead.id, status: 'CONVERTED', owner: { id: north.id } });
  });

  it('pushes nothing of a conversion that is refused', async () => {
    const lead = await createLead({
      firstName: 'Stale',
      lastName: 'Not converted',
      companyName: 'Forældet Odense ApS',
    });
    const after = await createLead({ lastName: 'Taken after' });
    const live = await subscribe<{ leadUpdated: UpdatedLead }>(app, client(), UPDATED);
    const refused = await app.gql(
      CONVERT,
      { input: { leadId: lead.id, expectedVersion: 99, target: 'CLIENT', relation: { choice: 'CREATE' } } },
      admin.token,
    );
    expect(refused.errors![0].extensions!.code).toBe('CONFLICT');
    await lifecycle(TAKE, { id: after.id });
    const [result] = await live.take(1);
    expect(result.data!.leadUpdated).toMatchObject({ id: after.id, status: 'IN_PROGRESS' });
  });

  it('leaves out edits that change neither owner nor status', async () => {
    const lead = await createLead({ lastName: 'Edited' });
    const live = await subscribe<{ leadUpdated: UpdatedLead }>(app, client(), UPDATED);
    await lifecycle(`mutation($i: UpdateLeadInput!) { updateLead(input: $i) { id } }`, {
      i: { id: lead.id, expectedVersion: 1, city: 'Aarhus' },
    });
    await lifecycle(TAKE, { id: lead.id });
    const [result] = await live.take(1);
    expect(result.data!.leadUpdated).toMatchObject({ id: lead.id, status: 'IN_PROGRESS' });
    expect(live.results).toHaveLength(1);
  });

  it('pushes a SALES user only the changes in their own division', async () => {
    const southLead = await createLead({ lastName: 'South change', divisionId: south.divisionId });
    const northLead = await createLead({ lastName: 'North change' });
    const live = await subscribe<{ leadUpdated: UpdatedLead }>(app, client(bearer(north.token)), UPDATED);
    await lifecycle(TAKE, { id: southLead.id });
    await lifecycle(TAKE, { id: northLead.id });
    const [result] = await live.take(1);
    expect(result.data!.leadUpdated.lastName).toBe('North change');
  });
});

describe('the websocket connection', () => {
  it('refuses a connection without a valid API token, closing it with 4403 and a reason that says what to send', async () => {
    const live = new LiveSubscription(client({ authorization: 'Bearer crm_not-a-token' }), CREATED);
    expect(await live.ended).toMatchObject({
      code: 4403,
      reason: expect.stringMatching(/valid API token in connectionParams/),
    });
  });

  it('takes the token as connectionParams.token too', async () => {
    const live = await subscribe<{ leadCreated: CreatedEdge }>(app, client({ token: admin.token }), CREATED);
    await createLead({ lastName: 'Token param' });
    expect(names(await live.take(1))).toEqual(['Token param']);
  });

  it('refuses a subscription nested deeper than the limit, as queries are', async () => {
    const deep = `subscription { leadCreated { node { relation { contacts { edges { node { relation { name } } } } } } } }`;
    const errors = await new LiveSubscription(client(), deep).ended;
    expect((errors as Error[])[0].message).toMatch(/exceeds maximum operation depth of 6/);
  });

  it('refuses a subscription whose estimated cost is above the limit, as queries are', async () => {
    const costly = `subscription { leadCreated { node { activities(first: 100) { edges { node { id subject } } } } } }`;
    const errors = await new LiveSubscription(client(), costly).ended;
    expect((errors as { message: string; extensions: { code: string } }[])[0]).toMatchObject({
      message: expect.stringMatching(/above the limit of 200/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('closes open subscriptions with 1001 when the server stops', async () => {
    const other = await startTestApp();
    const token = (await other.actor('ADMIN')).token;
    const live = await subscribe(other, liveClient(other, bearer(token)), CREATED);
    await other.close();
    expect(await live.ended).toMatchObject({ code: 1001 });
  });
});
