import { queryCounter } from '../../ormconfig';
import { usesMysql } from '../../src/db/dialect';
import { budgetedDataSource, StatementBudget } from '../../src/db/statement-budget';
import { Lead } from '../../src/entities';
import { LeadKind, LeadSource } from '../../src/entities/enums';
import { bearer, liveClient, LiveSubscription } from '../support/live-client';
import { errorCode, ok, startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../support/test-app';

/** A POST to /graphql as it comes back: status, content type and body. */
async function post(app: TestApp, body: string, token?: string) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

async function postQuery(app: TestApp, query: string, variables: Record<string, unknown>, token: string) {
  const { status, text } = await post(app, JSON.stringify({ query, variables }), token);
  return { status, body: JSON.parse(text) as GraphQLResponse };
}

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, n) => `a${n}: ${field}`).join(' ')} }`;

describe('query limits', () => {
  let app: TestApp;
  let admin: Actor;
  beforeAll(async () => {
    app = await startTestApp({ maxQueryDepth: 6, maxQueryComplexity: 1000 });
    admin = await app.actor('ADMIN');
  });
  afterAll(() => app.close());

  it('refuses a query nested deeper than the limit before running it', async () => {
    const deep =
      '{ leads { edges { node { owner { division { id } } relation { contacts { edges { node { id } } } } } } } }';
    const response = await app.gql(deep, {}, admin.token);
    expect(response.errors![0].message).toMatch(/exceeds maximum operation depth of 6/);
    expect(response.data).toBeUndefined();
  });

  it('refuses a query whose estimated cost is above the limit with 400, saying how to shrink it', async () => {
    const costly = '{ leads(first: 100) { edges { node { activities(first: 100) { edges { node { id } } } } } } }';
    const { status, body } = await postQuery(app, costly, {}, admin.token);
    expect(status).toBe(400);
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/above the limit of 1000: ask for fewer records/);
  });

  it('refuses such a query each time it comes (its verdict is kept), and another server weighs it by its own limits', async () => {
    const costly = '{ leads(first: 100) { edges { node { activities(first: 100) { edges { node { id } } } } } } }';
    for (let i = 0; i < 3; i += 1) {
      const { status, body } = await postQuery(app, costly, {}, admin.token);
      expect({ status, code: errorCode(body) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    }
    const lenient = await startTestApp({ databaseUrl: app.databaseUrl, maxQueryComplexity: 100_000 });
    try {
      for (let i = 0; i < 2; i += 1) ok(await lenient.gql(costly, {}, admin.token));
    } finally {
      await lenient.close();
    }
  });

  it('answers a modest page within the limits', async () => {
    const response = await app.gql('{ leads(first: 50) { edges { node { id tags { name } } } } }', {}, admin.token);
    expect(response.errors).toBeUndefined();
  });

  it('refuses a request body over the size limit with 413, as a GraphQL error in JSON', async () => {
    const body = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } });
    const response = await post(app, body);
    expect(response.status).toBe(413);
    expect(response.type).toMatch(/^application\/json/);
    expect(JSON.parse(response.text)).toEqual({
      errors: [{ message: 'The request body is larger than the limit of 1mb', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers malformed JSON with 400 and a GraphQL error in JSON, not an HTML page with a stack trace', async () => {
    const response = await post(app, '{"query": "{ __typename }",');
    expect(response.status).toBe(400);
    expect(response.type).toMatch(/^application\/json/);
    const body = JSON.parse(response.text);
    expect(body.errors[0].message).toMatch(/^The request body is not valid JSON/);
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(response.text).not.toMatch(/at .*\.js:\d+/);
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(`${app.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});

describe('what a request may ask for', () => {
  let app: TestApp;
  let sales: Actor;
  let steward: Actor;
  beforeAll(async () => {
    app = await startTestApp({ maxQueryComplexity: 5000, maxRootFields: 20 });
    sales = await app.actor('SALES');
    steward = await app.actor('STEWARD');
    ok(
      await app.gql(
        `mutation($inputs: [LeadInput!]!) { createLeads(inputs: $inputs) { index } }`,
        { inputs: [{ lastName: 'Zqadri', email: 'zq@x.dk' }, { lastName: 'Holm' }] },
        sales.token,
      ),
    );
  });
  afterAll(() => app.close());

  /** The statements a request runs besides the token look-up. */
  async function statementsOf(request: () => Promise<unknown>): Promise<number> {
    const counter = queryCounter(app.dataSource);
    const start = counter.count;
    ok(await app.gql('{ __typename }', {}, sales.token));
    const authentication = counter.count - start;
    await request();
    return counter.count - start - 2 * authentication;
  }

  it('refuses the 130 KB document of 2,400 aliased searched counts with 400 while parsing it, running nothing', async () => {
    const query = aliases(2400, 'leads(first: 0, filter: { search: "zq" }) { totalCount }');
    expect(query.length).toBeGreaterThan(130_000);
    let response: Awaited<ReturnType<typeof postQuery>> | undefined;
    expect(await statementsOf(async () => (response = await postQuery(app, query, {}, sales.token)))).toBe(0);
    expect(response!.status).toBe(400);
    expect(errorCode(response!.body)).toBe('GRAPHQL_PARSE_FAILED');
    expect(response!.body.errors![0].message).toMatch(/contains more that 10000 tokens/);
    expect(response!.body.data).toBeUndefined();
  });

  it('refuses more root fields than the limit with 400 before running any of them', async () => {
    const query = aliases(21, 'leads(first: 0, filter: { search: "zq" }) { totalCount }');
    let response: Awaited<ReturnType<typeof postQuery>> | undefined;
    expect(await statementsOf(async () => (response = await postQuery(app, query, {}, sales.token)))).toBe(0);
    expect(response!.status).toBe(400);
    expect(errorCode(response!.body)).toBe('BAD_USER_INPUT');
    expect(response!.body.errors![0].message).toBe(
      'This operation asks for 21 root fields (aliases count), above the limit of 20: send fewer, or several requests',
    );
    expect(response!.body.data).toBeUndefined();
  });

  it('counts root fields through fragments, and answers as many as the limit', async () => {
    const fragment = `fragment Many on Query { ${Array.from({ length: 21 }, (_, n) => `t${n}: __typename`).join(' ')} }`;
    const { status, body } = await postQuery(app, `query { ...Many } ${fragment}`, {}, sales.token);
    expect(status).toBe(400);
    expect(body.errors![0].message).toMatch(/asks for 21 root fields/);
    expect(ok(await app.gql(aliases(20, 'me { id }'), {}, sales.token))).toHaveProperty('a19.id', sales.id);
  });

  it('prices a search as a read of the whole table, twice with its totalCount', async () => {
    const searched = 'leads(first: 0, filter: { search: "zq" }) { totalCount }';
    const one = ok(await app.gql(`{ ${searched} }`, {}, sales.token));
    expect(one.leads.totalCount).toBe(1);
    const { status, body } = await postQuery(app, aliases(3, searched), {}, sales.token);
    expect(status).toBe(400);
    expect(body.errors![0].message).toMatch(/^This operation would cost 6006, above the limit of 5000/);
    // without a search, the same counts are cheap
    ok(await app.gql(aliases(3, 'leads(first: 0) { totalCount }'), {}, sales.token));
  });

  it('prices a validation summary that searches as a read of the whole table', async () => {
    const summary = (filter: string) => aliases(6, `validationSummary${filter} { errors warnings }`);
    ok(await app.gql(summary(''), {}, steward.token));
    const { status, body } = await postQuery(app, summary('(filter: { search: "a" })'), {}, steward.token);
    expect(status).toBe(400);
    expect(body.errors![0].message).toMatch(/^This operation would cost \d+, above the limit of 5000/);
  });

  it('counts the ids of nodes(ids) in the cost, and bounds how many there may be', async () => {
    const lead = ok(await app.gql('{ leads(first: 1) { edges { node { id } } } }', {}, sales.token)).leads.edges[0].node
      .id;
    const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Lead { activities(first: 20) { edges { node { id subject } } } } } }`;
    expect(ok(await app.gql(NODES, { ids: [lead] }, sales.token)).nodes).toHaveLength(1);
    const costly = await postQuery(app, NODES, { ids: Array(100).fill(lead) }, sales.token);
    expect(costly.status).toBe(400);
    expect(costly.body.errors![0].message).toMatch(/^This operation would cost \d+, above the limit of 5000/);
    const many = await postQuery(app, NODES, { ids: Array(20_000).fill(lead) }, sales.token);
    expect(many.status).toBe(400);
    expect(many.body.errors![0].message).toBe('nodes(ids) holds 20000 items; at most 100 are accepted');
  });

  it('refuses a search of 50,001 characters with BAD_USER_INPUT, literal or in a variable', async () => {
    const long = 'a'.repeat(50_001);
    const literal = await postQuery(app, `{ leads(filter: { search: "${long}" }) { totalCount } }`, {}, sales.token);
    expect(literal.status).toBe(400);
    expect(errorCode(literal.body)).toBe('BAD_USER_INPUT');
    expect(literal.body.errors![0].message).toBe(
      'leads(filter).search is 50001 characters long; at most 200 are accepted',
    );
    const variable = await postQuery(
      app,
      `query($f: ValidationFilter) { validationErrors(filter: $f) { totalCount } }`,
      { f: { search: long } },
      steward.token,
    );
    expect(variable.status).toBe(400);
    expect(variable.body.errors![0].message).toBe(
      'validationErrors(filter).search is 50001 characters long; at most 200 are accepted',
    );
  });

  it('bounds every other text and list argument too, with a longer bound for free text', async () => {
    const lead = ok(await app.gql('{ leads(first: 1) { edges { node { id } } } }', {}, sales.token)).leads.edges[0].node
      .id;
    const reject = await postQuery(
      app,
      `mutation($id: ID!, $reason: String!) { rejectLead(leadId: $id, reason: $reason) { id } }`,
      { id: lead, reason: 'x'.repeat(1001) },
      sales.token,
    );
    expect(reject.status).toBe(400);
    expect(reject.body.errors![0].message).toBe(
      'rejectLead(reason) is 1001 characters long; at most 1000 are accepted',
    );
    const tags = await postQuery(
      app,
      `mutation($id: ID!, $tags: [String!]!) { addTags(recordId: $id, tags: $tags) { id } }`,
      { id: lead, tags: Array.from({ length: 101 }, (_, n) => `t${n}`) },
      sales.token,
    );
    expect(tags.body.errors![0].message).toBe('addTags(tags) holds 101 items; at most 100 are accepted');
    const note = 'n'.repeat(5_000);
    const { createActivity } = ok(
      await app.gql(
        `mutation($input: ActivityInput!) { createActivity(input: $input) { body } }`,
        { input: { type: 'NOTE', subject: 'Long note', body: note, leadId: lead } },
        sales.token,
      ),
    );
    expect(createActivity.body).toBe(note);
  });

  it("takes a lead's message over the default text bound, on create and on update", async () => {
    const message = 'm'.repeat(5_000);
    const { createLead } = ok(
      await app.gql(
        `mutation($input: LeadInput!) { createLead(input: $input) { id version message } }`,
        { input: { lastName: 'Long message', email: 'long@message.dk', message } },
        sales.token,
      ),
    );
    expect(createLead.message).toBe(message);
    const changed = `${message}!`;
    const { updateLead } = ok(
      await app.gql(
        `mutation($input: UpdateLeadInput!) { updateLead(input: $input) { message } }`,
        { input: { id: createLead.id, expectedVersion: createLead.version, message: changed } },
        sales.token,
      ),
    );
    expect(updateLead.message).toBe(changed);
  });
});

describe('the database time of a request', () => {
  let app: TestApp;
  let admin: Actor;
  beforeAll(async () => {
    app = await startTestApp({ dbTimeoutMs: 1, maxQueryComplexity: 100_000 });
    admin = await app.actor('ADMIN');
    const leads = Array.from({ length: 5_000 }, (_, n) => ({
      kind: LeadKind.PRIVATE,
      source: LeadSource.IMPORT,
      lastName: `Budget ${n}`,
      email: `budget${n}@example.dk`,
    }));
    for (let at = 0; at < leads.length; at += 500) await app.dataSource.manager.insert(Lead, leads.slice(at, at + 500));
  });
  afterAll(() => app.close());

  it('ends a read whose statements outlast its budget with TIMED_OUT', async () => {
    const response = await app.gql(
      aliases(20, 'leads(first: 1, filter: { search: "nowhere" }) { totalCount }'),
      {},
      admin.token,
    );
    const codes = new Set(response.errors?.map((error) => error.extensions?.code));
    expect(codes).toEqual(new Set(['TIMED_OUT']));
    expect(response.errors![0].message).toBe(
      'This request used up its 1 ms of database time; ask for less (fewer records, fewer totalCounts, a narrower filter)',
    );
  });

  it('has MariaDB stop a statement running past the budget; SQLite cannot, but starts no statement after it', async () => {
    const slow = usesMysql
      ? 'SELECT SLEEP(3) AS n'
      : 'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000000) SELECT COUNT(*) AS n FROM c';
    const read = async (statements: string[]) => {
      const budget = new StatementBudget(50);
      budget.endReadsAtBudget();
      const dataSource = budgetedDataSource(app.dataSource, budget);
      for (const statement of statements) await dataSource.query(statement);
    };
    const started = Date.now();
    if (usesMysql) {
      await expect(read([slow])).rejects.toMatchObject({ extensions: { code: 'TIMED_OUT' } });
      expect(Date.now() - started).toBeLessThan(2000);
    } else {
      await read([slow]);
      expect(Date.now() - started).toBeGreaterThan(50);
      await expect(read([slow, 'SELECT 1'])).rejects.toMatchObject({ extensions: { code: 'TIMED_OUT' } });
    }
  });
});

describe('in production', () => {
  let app: TestApp;
  let admin: Actor;
  beforeAll(async () => {
    app = await startTestApp({ production: true });
    admin = await app.actor('ADMIN');
  });
  afterAll(() => app.close());

  it('turns introspection off', async () => {
    const response = await app.gql('{ __schema { queryType { name } } }', {}, admin.token);
    expect(response.errors![0].message).toMatch(/introspection/i);
  });

  it('suggests no field names ("Did you mean …") in validation errors, over HTTP or WebSocket', async () => {
    const response = await app.gql('{ lead { id } }', {}, admin.token);
    expect(response.errors![0].message).toBe('Cannot query field "lead" on type "Query".');
    const client = liveClient(app, bearer(admin.token));
    try {
      const errors = await new LiveSubscription(client, 'subscription { leadCreatd { cursor } }').ended;
      expect((errors as Error[])[0].message).toBe('Cannot query field "leadCreatd" on type "Subscription".');
    } finally {
      await client.dispose();
    }
  });

  it('refuses a search of 50,001 characters with BAD_USER_INPUT, not an internal error', async () => {
    const response = await app.gql(
      `query($s: String) { leads(filter: { search: $s }) { totalCount } }`,
      { s: 'a'.repeat(50_001) },
      admin.token,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('sends no stack traces', async () => {
    const response = await app.gql('{ leads { totalCount } }');
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors![0].extensions!.stacktrace).toBeUndefined();
  });
});
