import { mergeFixtures } from '../support/merge-fixtures';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let steward: Actor;
let make: ReturnType<typeof mergeFixtures>;

beforeAll(async () => {
  app = await startTestApp();
  steward = await app.actor('STEWARD', 'North');
  make = mergeFixtures(app, steward.token);
});
afterAll(() => app.close());

const MERGES = `query($filter: MergeFilter, $first: Int, $after: String) {
  merges(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id entityType undoneAt survivor { id } merged { id } createdBy { name } } }
  }
}`;
const merges = async (variables: Record<string, unknown> = {}, token = steward.token) =>
  ok(await app.gql(MERGES, variables, token)).merges;

describe('merges: the merge log', () => {
  it('lists every merge newest first with survivor, merged records and who, paged, and filters by type and undone', async () => {
    const [a, b, c, d] = await make.relations(
      { name: 'Log One AS', country: 'NO' },
      { name: 'Log One', country: 'NO' },
      { name: 'Log Two AS', country: 'NO' },
      { name: 'Log Two', country: 'NO' },
    );
    const [p, q] = await make.contacts({ firstName: 'Lena', lastName: 'Log' }, { firstName: 'Lena', lastName: 'Logg' });
    const first = ok(await make.merge(a, [b])).mergeRecords.id;
    const second = ok(await make.merge(c, [d])).mergeRecords.id;
    const third = ok(await make.merge(p, [q])).mergeRecords.id;
    ok(await make.undo(second));

    const all = await merges();
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([third, second, first]);
    expect(all.edges[2].node).toMatchObject({
      entityType: 'RELATION',
      undoneAt: null,
      survivor: { id: a },
      merged: [{ id: b }],
      createdBy: { name: steward.user.name },
    });

    const page1 = await merges({ first: 2 });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await merges({ first: 2, after: page1.pageInfo.endCursor });
    expect(page2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([first]);

    const relations = await merges({ filter: { entityType: 'RELATION' } });
    expect(relations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([second, first]);
    const undone = await merges({ filter: { undone: true } });
    expect(undone.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([second]);
    const inForce = await merges({ filter: { undone: false } });
    expect(inForce.totalCount).toBe(2);
  });

  it('is for stewards: FORBIDDEN for SALES, and the page size is bounded', async () => {
    const sales = await app.actor('SALES', 'North');
    expect(errorCode(await app.gql(MERGES, {}, sales.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(MERGES, { first: 101 }, steward.token))).toBe('BAD_USER_INPUT');
  });
});
