/**
 * The lead inbox reads only the columns a query selects of its leads: whatever the selection (fragments, inline
 * fragments, a field not known to need a column), each lead answers what node(id) answers, which reads every
 * column, and a SALES user still sees only their own division's leads.
 */
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: Actor;
let sales: Actor;

const FIELDS =
  'id kind status source firstName lastName email phone companyName city message createdAt updatedAt version owner { id name } division { id } tags { name }';

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.actor('ADMIN', 'North');
  sales = await app.actor('SALES', 'North');
  const south = await app.actor('SALES', 'South');
  const inputs = (prefix: string, ownerId: string) =>
    Array.from({ length: 6 }, (_, i) => ({
      firstName: `${prefix} ${i}`,
      lastName: `Hansen ${i}`,
      email: `${prefix.toLowerCase()}${i}@firma.dk`,
      companyName: i % 2 ? `${prefix} ApS` : null,
      city: 'Aarhus',
      message: `Ring til ${prefix} ${i}`,
      ownerId: i % 3 ? ownerId : null,
      tags: i % 2 ? ['web'] : [],
    }));
  for (const [actor, prefix] of [
    [sales, 'Nord'],
    [south, 'Syd'],
  ] as const)
    ok(
      await app.gql(
        'mutation($inputs: [LeadInput!]!) { createLeads(inputs: $inputs) { lead { id } } }',
        { inputs: inputs(prefix, actor.id) },
        actor.token,
      ),
    );
});
afterAll(() => app.close());

/** Each lead of the page as node(id) answers it, with the same selection. */
async function asNode(actor: Actor, selection: string, ids: string[]): Promise<unknown[]> {
  const nodes = [];
  for (const id of ids)
    nodes.push(
      ok(await app.gql(`query($id: ID!) { node(id: $id) { ... on Lead { ${selection} } } }`, { id }, actor.token)).node,
    );
  return nodes;
}

describe('the lead inbox with only some columns read', () => {
  it.each([
    ['a few columns', 'id lastName'],
    ['every column and field resolver it knows', FIELDS],
    ['named and inline fragments', '...F ... on Lead { email owner { name } }'],
    ['a field it does not know (every column is read)', `${FIELDS} alternateValues { field }`],
  ])('answers as node(id) does with %s, for an ADMIN and a SALES user', async (_, selection) => {
    const fragment = selection.includes('...F') ? ' fragment F on Lead { firstName companyName city }' : '';
    for (const actor of [admin, sales]) {
      const { leads } = ok(
        await app.gql(`{ leads(first: 20) { edges { node { id ${selection} } } } }${fragment}`, {}, actor.token),
      );
      const nodes = leads.edges.map((edge: { node: { id: string } }) => edge.node);
      expect(nodes.length).toBe(actor === admin ? 12 : 6);
      const viaNode = await (async () => {
        if (!fragment)
          return asNode(
            actor,
            `id ${selection}`,
            nodes.map((n: { id: string }) => n.id),
          );
        const spelled = selection.replace('...F', 'firstName companyName city');
        return asNode(
          actor,
          `id ${spelled}`,
          nodes.map((n: { id: string }) => n.id),
        );
      })();
      expect(nodes).toEqual(viaNode);
    }
  });

  it("shows a SALES user none of another division's leads, whatever the selection", async () => {
    for (const selection of ['id', 'id lastName division { id }', FIELDS]) {
      const { leads } = ok(await app.gql(`{ leads(first: 50) { edges { node { ${selection} } } } }`, {}, sales.token));
      expect(JSON.stringify(leads)).not.toContain('Syd');
      expect(leads.edges).toHaveLength(6);
      if (selection.includes('division'))
        for (const edge of leads.edges) expect(edge.node.division.id).toBe(sales.divisionId);
    }
  });
});
