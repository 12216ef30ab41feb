import { queryCounter } from '../../ormconfig';
import { PAGE_QUERY, RELATIONS_QUERY } from '../../bench/api-throughput.bench';
import { giveRelationsPeople } from '../../bench/support/relation-people';
import { Lead } from '../../src/entities';
import { fromGlobalId } from '../../src/schema/global-id';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: Actor;

const PAGE = `query($first: Int!) {
  leads(first: $first) {
    edges { node { id owner { name } relation { name } division { name } tags { name } activities(first: 5) { totalCount edges { node { subject owner { name } } } } } }
  }
}`;

async function statementsFor(first: number, query = PAGE): Promise<number> {
  const counter = queryCounter(app.dataSource);
  const before = counter.count;
  const data = ok(await app.gql(query, { first }, admin.token));
  expect(data.leads.edges[0].node.relation.name).toMatch(/^Loader/);
  const after = counter.count;
  expect(data.leads.edges).toHaveLength(first);
  return after - before;
}

/** The statements of the bench's page of relations, with its owners, contacts and deals. */
async function relationPageStatements(): Promise<number> {
  const counter = queryCounter(app.dataSource);
  const before = counter.count;
  const { relations } = ok(await app.gql(RELATIONS_QUERY, {}, admin.token));
  const after = counter.count;
  expect(relations.edges.map((edge: any) => [edge.node.owner.name, edge.node.contacts.edges.length])).toEqual([
    [admin.user.name, 2],
    [admin.user.name, 2],
  ]);
  return after - before;
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.actor('ADMIN', 'North');
  const owners = [admin, await app.actor('SALES', 'North'), await app.actor('SALES', 'North')];
  const inputs = Array.from({ length: 100 }, (_, i) => ({
    lastName: `Loader ${i}`,
    email: `loader${i}@x.dk`,
    ownerId: owners[i % owners.length].id,
    tags: [`t${i % 4}`, 'loaded'],
  }));
  const { createLeads } = ok(
    await app.gql(
      `mutation($inputs: [LeadInput!]!) { createLeads(inputs: $inputs) { lead { id } } }`,
      { inputs },
      admin.token,
    ),
  );
  const { createRelations } = ok(
    await app.gql(
      `mutation($owner: ID!) { createRelations(inputs: [{ name: "Loader A/S", ownerId: $owner }, { name: "Loader B ApS", ownerId: $owner }]) { relation { id } } }`,
      { owner: admin.id },
      admin.token,
    ),
  );
  await giveRelationsPeople(app.dataSource, admin.user, 2);
  const relationIds = createRelations.map((item: { relation: { id: string } }) => fromGlobalId(item.relation.id).id);
  for (const [n, { lead }] of createLeads.entries()) {
    // as if converted: every lead then has a relation to load
    await app.dataSource
      .getRepository(Lead)
      .update(fromGlobalId(lead.id).id, { convertedRelationId: relationIds[n % 2] });
  }
  for (const { lead } of createLeads) {
    ok(
      await app.gql(
        `mutation($id: ID!) { createActivity(input: { type: CALL, subject: "Call", leadId: $id }) { id } }`,
        { id: lead.id },
        admin.token,
      ),
    );
  }
});
afterAll(() => app.close());

describe('per-request DataLoaders', () => {
  it('fetch 10 or 100 leads with owner, relation, division, tags and activities in the same small number of statements', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(ten);
    // token, page, owners, relations, divisions, tags, activities, activity owners
    expect(ten).toBeLessThanOrEqual(8);
  });

  it("read the bench's page of 50 leads in 1 statement: owners and relations joined, tags from each lead's kept list (a second on MySQL)", async () => {
    await statementsFor(50, PAGE_QUERY); // the token is looked up and cached
    // MySQL's JSON_ARRAYAGG cannot order the tags by name, so no lists are kept there and the tags loader reads them
    expect(await statementsFor(50, PAGE_QUERY)).toBe(app.dataSource.options.type === 'mysql' ? 2 : 1);
  });

  it("give a page's tags read with its own statement as the tags loader gives them: ordered by name, any character", async () => {
    const names = ['Zürich "HQ"', 'a,b', 'æble', 'Ålborg', '日本', 'back\\slash', "it's"];
    const { createLead } = ok(
      await app.gql(
        `mutation($tags: [String!]) { createLead(input: { lastName: "Tagged", email: "tagged@x.dk", tags: $tags }) { id tags { id name } } }`,
        { tags: names },
        admin.token,
      ),
    );
    const { leads } = ok(
      await app.gql(`{ leads(first: 1) { edges { node { id tags { id name } } } } }`, {}, admin.token),
    );
    expect(leads.edges[0].node).toEqual({ id: createLead.id, tags: createLead.tags });
    expect(leads.edges[0].node.tags.map((tag: { name: string }) => tag.name).sort()).toEqual([...names].sort());
  });

  it("read the bench's page of relations in 3 statements: the page with owners joined, the contacts, the deals", async () => {
    await relationPageStatements(); // the token is looked up and cached
    expect(await relationPageStatements()).toBe(3);
  });

  it("join of a page's relations reads only the columns the query selects of them", async () => {
    const statements = await queryCounter(app.dataSource).statementsDuring(async () =>
      ok(await app.gql(PAGE_QUERY, {}, admin.token)),
    );
    const page = statements.find((sql) => /joined_relation/.test(sql));
    expect(page).toMatch(/joined_relation_name/);
    expect(page).not.toMatch(/joined_relation_(registrationNumber|email|street|createdAt)/);
  });

  it('answers every field of a relation a page read in part and another field reads whole, in one request', async () => {
    const converted = `{ leads(first: 10) { edges { node { relation { id name } } } } }`;
    const { leads } = ok(await app.gql(converted, {}, admin.token));
    const { relation } = leads.edges.find((edge: { node: { relation: unknown } }) => edge.node.relation).node;
    await app.dataSource.query(`UPDATE relation SET city = 'Odense', email = 'loader@x.dk' WHERE id = ?`, [
      fromGlobalId(relation.id).id,
    ]);
    const data = ok(
      await app.gql(
        `query($id: ID!) {
          leads(first: 10) { edges { node { relation { name } } } }
          node(id: $id) { ... on Relation { name city email } }
        }`,
        { id: relation.id },
        admin.token,
      ),
    );
    expect(data.leads.edges.map((edge: { node: { relation: unknown } }) => edge.node.relation)).toContainEqual({
      name: relation.name,
    });
    expect(data.node).toEqual({ name: relation.name, city: 'Odense', email: 'loader@x.dk' });
  });
});
