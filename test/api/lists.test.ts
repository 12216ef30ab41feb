import { In } from 'typeorm';
import { Lead, Pipeline, Relation, Tag, Tagging } from '../../src/entities';
import { RecordStatus } from '../../src/entities/enums';
import { fromGlobalId, toGlobalId } from '../../src/schema/global-id';
import { errorCode, ok, startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../support/test-app';

let app: TestApp;
let sales: Actor;
let steward: Actor;

beforeAll(async () => {
  app = await startTestApp();
  sales = await app.actor('SALES', 'North');
  steward = await app.actor('STEWARD', 'North');
});
afterAll(() => app.close());

/** A word no other test's data contains (no marker is a substring of another): put it in each record's e-mail or name, then search for it. */
let markers = 0;
const marker = () => `q${++markers}z${'abcdefghij'[markers % 10]}mark`;

interface LeadNode {
  id: string;
  lastName: string | null;
  companyName: string | null;
  createdAt: string;
  updatedAt: string;
}
interface Connection<N> {
  totalCount: number;
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE = `totalCount edges { cursor node { id lastName companyName createdAt updatedAt } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
const LEADS = `query($filter: LeadFilter, $orderBy: LeadOrder, $first: Int, $after: String, $last: Int, $before: String) {
  leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) { ${PAGE} } }`;

const queryLeads = (
  variables: Record<string, unknown>,
  token = sales.token,
): Promise<GraphQLResponse<{ leads: Connection<LeadNode> }>> => app.gql(LEADS, variables, token);
const leads = async (variables: Record<string, unknown>, token = sales.token) =>
  ok(await queryLeads(variables, token)).leads;
const lastNames = (connection: Connection<LeadNode>) => connection.edges.map((e) => e.node.lastName);
const ids = (connection: Connection<{ id: string }>) => connection.edges.map((e) => e.node.id);

const CREATE_LEADS = `mutation($inputs: [LeadInput!]!) { createLeads(inputs: $inputs) { index errors { field code } lead { id lastName createdAt } } }`;

/** Creates leads in one batch (ids ascending in input order); each gets an e-mail at the marker's domain unless it has one. */
async function seedLeads(
  mark: string,
  inputs: Record<string, unknown>[],
  token = sales.token,
): Promise<{ id: string; lastName: string; createdAt: string }[]> {
  const withMark = inputs.map((input, i) => ({ lastName: `Lead ${i}`, email: `l${i}@${mark}.test`, ...input }));
  const { createLeads } = ok(await app.gql(CREATE_LEADS, { inputs: withMark }, token));
  for (const item of createLeads) expect(item.errors).toEqual([]);
  return createLeads.map((item: { lead: { id: string; lastName: string; createdAt: string } }) => item.lead);
}

const dbId = (globalId: string) => fromGlobalId(globalId).id;

describe('leads: filters', () => {
  it('status keeps only the leads in any of the listed statuses', async () => {
    const m = marker();
    const [fresh, taken, rejected] = await seedLeads(m, [
      { lastName: 'Fresh' },
      { lastName: 'Taken' },
      { lastName: 'Rejected' },
    ]);
    ok(await app.gql(`mutation($id: ID!) { takeLead(leadId: $id) { id } }`, { id: taken.id }, sales.token));
    ok(
      await app.gql(
        `mutation($id: ID!) { rejectLead(leadId: $id, reason: "No budget") { id } }`,
        { id: rejected.id },
        sales.token,
      ),
    );

    expect(lastNames(await leads({ filter: { search: m, status: ['NEW', 'REJECTED'] } })).sort()).toEqual([
      'Fresh',
      'Rejected',
    ]);
    expect(lastNames(await leads({ filter: { search: m, status: ['IN_PROGRESS'] } }))).toEqual(['Taken']);
    expect(ids(await leads({ filter: { search: m, status: ['CONVERTED'] } }))).toEqual([]);
    expect(fresh.id).toBeDefined();
  });

  it('ownerId keeps only the leads that user owns', async () => {
    const m = marker();
    const colleague = await app.actor('SALES', 'North');
    await seedLeads(m, [
      { lastName: 'Colleagues', ownerId: colleague.id },
      { lastName: 'Mine', ownerId: sales.id },
      { lastName: 'Nobodys' },
    ]);
    expect(lastNames(await leads({ filter: { search: m, ownerId: colleague.id } }))).toEqual(['Colleagues']);
    expect(lastNames(await leads({ filter: { search: m, ownerId: sales.id } }))).toEqual(['Mine']);
  });

  it('unowned keeps only the inbox: the leads nobody has taken', async () => {
    const m = marker();
    const [, toTake] = await seedLeads(m, [
      { lastName: 'Assigned', ownerId: sales.id },
      { lastName: 'Taken later' },
      { lastName: 'Untouched' },
    ]);
    expect(lastNames(await leads({ filter: { search: m, unowned: true } })).sort()).toEqual([
      'Taken later',
      'Untouched',
    ]);
    ok(await app.gql(`mutation($id: ID!) { takeLead(leadId: $id) { id } }`, { id: toTake.id }, sales.token));
    expect(lastNames(await leads({ filter: { search: m, unowned: true } }))).toEqual(['Untouched']);
  });

  it('divisionId keeps only the leads of that division', async () => {
    const m = marker();
    const south = await app.actor('SALES', 'South');
    const north = await app.actor('SALES', 'North');
    await seedLeads(
      m,
      [
        { lastName: 'Northern', divisionId: north.divisionId },
        { lastName: 'Southern', divisionId: south.divisionId },
      ],
      steward.token,
    );
    expect(lastNames(await leads({ filter: { search: m, divisionId: south.divisionId } }, steward.token))).toEqual([
      'Southern',
    ]);
    expect(lastNames(await leads({ filter: { search: m, divisionId: north.divisionId } }, steward.token))).toEqual([
      'Northern',
    ]);
    expect(lastNames(await leads({ filter: { search: m } }, steward.token)).sort()).toEqual(['Northern', 'Southern']);
  });

  it('source keeps only the leads from any of the listed sources', async () => {
    const m = marker();
    await seedLeads(m, [
      { lastName: 'Typed' },
      { lastName: 'Form', source: 'WEB' },
      { lastName: 'Sheet', source: 'IMPORT' },
      { lastName: 'Feed', source: 'API' },
    ]);
    expect(lastNames(await leads({ filter: { search: m, source: ['WEB', 'API'] } })).sort()).toEqual(['Feed', 'Form']);
    expect(lastNames(await leads({ filter: { search: m, source: ['MANUAL'] } }))).toEqual(['Typed']);
  });

  it('kind keeps only business or only private leads', async () => {
    const m = marker();
    await seedLeads(m, [{ lastName: 'Company', companyName: 'Fjord AS' }, { lastName: 'Person' }]);
    expect(lastNames(await leads({ filter: { search: m, kind: 'BUSINESS' } }))).toEqual(['Company']);
    expect(lastNames(await leads({ filter: { search: m, kind: 'PRIVATE' } }))).toEqual(['Person']);
  });

  it('tag keeps only the leads carrying that tag', async () => {
    const m = marker();
    await seedLeads(m, [
      { lastName: 'Fair', tags: [`fair-${m}`, 'vip'] },
      { lastName: 'Webinar', tags: [`webinar-${m}`] },
      { lastName: 'Untagged' },
    ]);
    expect(lastNames(await leads({ filter: { search: m, tag: `fair-${m}` } }))).toEqual(['Fair']);
    expect(lastNames(await leads({ filter: { search: m, tag: `nothing-${m}` } }))).toEqual([]);
  });

  it('tag does not match a relation or contact carrying that tag under the same record id', async () => {
    const m = marker();
    const [lead] = await seedLeads(m, [{ lastName: 'Plain' }]);
    // a relation and a contact with the lead's database id carry the tag: it must not leak to the lead
    const tag = await app.dataSource.getRepository(Tag).save({ name: `other-${m}` });
    for (const entityType of ['RELATION', 'CONTACT'] as const) {
      await app.dataSource.getRepository(Tagging).insert({ entityType, recordId: dbId(lead.id), tagId: tag.id });
    }
    expect(lastNames(await leads({ filter: { search: m, tag: `other-${m}` } }))).toEqual([]);
  });

  it('createdAfter (inclusive) and createdBefore (exclusive) keep the leads created in that window', async () => {
    const m = marker();
    const [jan, feb, mar] = await seedLeads(m, [
      { lastName: 'January' },
      { lastName: 'February' },
      { lastName: 'March' },
    ]);
    const repo = app.dataSource.getRepository(Lead);
    await repo.update(dbId(jan.id), { createdAt: new Date('2021-01-10T10:00:00.000Z') });
    await repo.update(dbId(feb.id), { createdAt: new Date('2021-02-10T10:00:00.000Z') });
    await repo.update(dbId(mar.id), { createdAt: new Date('2021-03-10T10:00:00.000Z') });

    expect(lastNames(await leads({ filter: { search: m, createdAfter: '2021-02-01T00:00:00Z' } })).sort()).toEqual([
      'February',
      'March',
    ]);
    expect(lastNames(await leads({ filter: { search: m, createdBefore: '2021-03-01T00:00:00Z' } })).sort()).toEqual([
      'February',
      'January',
    ]);
    expect(
      lastNames(
        await leads({
          filter: { search: m, createdAfter: '2021-02-01T00:00:00Z', createdBefore: '2021-03-01T00:00:00Z' },
        }),
      ),
    ).toEqual(['February']);
    expect(
      lastNames(
        await leads({
          filter: { search: m, createdAfter: '2021-02-10T10:00:00Z', createdBefore: '2021-03-10T10:00:00Z' },
        }),
      ),
    ).toEqual(['February']);
  });

  it('createdAfter and createdBefore take a date alone as the start of that day (UTC)', async () => {
    const m = marker();
    const [jan, feb] = await seedLeads(m, [{ lastName: 'January' }, { lastName: 'February' }]);
    const repo = app.dataSource.getRepository(Lead);
    await repo.update(dbId(jan.id), { createdAt: new Date('2021-01-31T23:59:59.000Z') });
    await repo.update(dbId(feb.id), { createdAt: new Date('2021-02-01T00:00:00.000Z') });
    expect(lastNames(await leads({ filter: { search: m, createdAfter: '2021-02-01' } }))).toEqual(['February']);
    expect(lastNames(await leads({ filter: { search: m, createdBefore: '2021-02-01' } }))).toEqual(['January']);
    const literal = await app.gql(
      `{ leads(first: 5, filter: { search: "${m}", createdAfter: "2021-02-01" }) { edges { node { lastName } } } }`,
      {},
      sales.token,
    );
    expect(literal.data?.leads.edges.map((e: { node: { lastName: string } }) => e.node.lastName)).toEqual(['February']);
  });

  it('refuses an impossible date such as 2021-02-30 with BAD_USER_INPUT', async () => {
    const response = await queryLeads({ first: 1, filter: { createdAfter: '2021-02-30' } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it("createdAfter set to a lead's own createdAt includes that lead, createdBefore set to it excludes it", async () => {
    const m = marker();
    const [lead] = await seedLeads(m, [{ lastName: 'Exact' }]);
    expect(lastNames(await leads({ filter: { search: m, createdAfter: lead.createdAt } }))).toEqual(['Exact']);
    expect(lastNames(await leads({ filter: { search: m, createdBefore: lead.createdAt } }))).toEqual([]);
  });

  it('search finds a lead by its name, company, e-mail or phone, case-insensitively, every word having to match', async () => {
    const m = marker();
    await seedLeads(m, [
      {
        firstName: 'Ingrid',
        lastName: 'Solberg',
        companyName: 'Fjordlys AS',
        email: `post.is@${m}.test`,
        phone: '+47 915 55 321',
      },
      {
        firstName: 'Bjørn',
        lastName: 'Dahl',
        companyName: 'Havbris AS',
        email: `bd@${m}.test`,
        phone: '+47 22 00 11 00',
      },
    ]);
    const found = async (search: string) => lastNames(await leads({ filter: { search } }));
    expect(await found(`${m} Ingrid`)).toEqual(['Solberg']);
    expect(await found(`${m} solberg`)).toEqual(['Solberg']);
    expect(await found(`${m} FJORDLYS`)).toEqual(['Solberg']);
    expect(await found(`${m} post.is@`)).toEqual(['Solberg']);
    expect(await found(`${m} 915 55`)).toEqual(['Solberg']);
    expect(await found(`${m} Havbris`)).toEqual(['Dahl']);
    expect((await found(`  ${m}   AS `)).sort()).toEqual(['Dahl', 'Solberg']);
    expect(await found(`${m} Solberg Havbris`)).toEqual([]);
    expect(await found(`${m} nowhere`)).toEqual([]);
  });

  it('search matches LIKE wildcards % and _ (and the escape character !) literally', async () => {
    const m = marker();
    await seedLeads(m, [
      { lastName: 'Percent', companyName: '100% Fisk AS' },
      { lastName: 'Thousand', companyName: '1000 Fisk AS' },
      { lastName: 'Underscore', companyName: 'Nord_Vest AS' },
      { lastName: 'Letter', companyName: 'NordXVest AS' },
      { lastName: 'Bang', companyName: 'Hei! AS' },
    ]);
    const found = async (search: string) => lastNames(await leads({ filter: { search } }));
    expect(await found(`${m} %`)).toEqual(['Percent']);
    expect(await found(`${m} 100%`)).toEqual(['Percent']);
    expect(await found(`${m} _`)).toEqual(['Underscore']);
    expect(await found(`${m} Nord_Vest`)).toEqual(['Underscore']);
    expect(await found(`${m} !`)).toEqual(['Bang']);
    expect(await found(`${m} !%`)).toEqual([]);
  });
});

describe('leads: order', () => {
  it('is newest first by default', async () => {
    const m = marker();
    await seedLeads(m, [{ lastName: 'First' }, { lastName: 'Second' }, { lastName: 'Third' }]);
    expect(lastNames(await leads({ filter: { search: m } }))).toEqual(['Third', 'Second', 'First']);
    expect(lastNames(await leads({ filter: { search: m }, orderBy: {} }))).toEqual(['Third', 'Second', 'First']);
  });

  it('CREATED_AT ASC is oldest first', async () => {
    const m = marker();
    await seedLeads(m, [{ lastName: 'First' }, { lastName: 'Second' }, { lastName: 'Third' }]);
    expect(
      lastNames(await leads({ filter: { search: m }, orderBy: { field: 'CREATED_AT', direction: 'ASC' } })),
    ).toEqual(['First', 'Second', 'Third']);
  });

  it('LAST_NAME sorts alphabetically, ASC and DESC', async () => {
    const m = marker();
    await seedLeads(m, [{ lastName: 'Berg' }, { lastName: 'Aune' }, { lastName: 'Dahl' }, { lastName: 'Carlsen' }]);
    expect(
      lastNames(await leads({ filter: { search: m }, orderBy: { field: 'LAST_NAME', direction: 'ASC' } })),
    ).toEqual(['Aune', 'Berg', 'Carlsen', 'Dahl']);
    expect(
      lastNames(await leads({ filter: { search: m }, orderBy: { field: 'LAST_NAME', direction: 'DESC' } })),
    ).toEqual(['Dahl', 'Carlsen', 'Berg', 'Aune']);
  });

  it('COMPANY_NAME sorts alphabetically, ASC and DESC', async () => {
    const m = marker();
    await seedLeads(m, [
      { lastName: 'b', companyName: 'Bølge AS' },
      { lastName: 'c', companyName: 'Cirkel ApS' },
      { lastName: 'a', companyName: 'Anker AB' },
    ]);
    const companies = (c: Connection<LeadNode>) => c.edges.map((e) => e.node.companyName);
    expect(
      companies(await leads({ filter: { search: m }, orderBy: { field: 'COMPANY_NAME', direction: 'ASC' } })),
    ).toEqual(['Anker AB', 'Bølge AS', 'Cirkel ApS']);
    expect(
      companies(await leads({ filter: { search: m }, orderBy: { field: 'COMPANY_NAME', direction: 'DESC' } })),
    ).toEqual(['Cirkel ApS', 'Bølge AS', 'Anker AB']);
  });

  it('UPDATED_AT sorts by the time of the last change, ASC and DESC', async () => {
    const m = marker();
    const [a, b, c] = await seedLeads(m, [{ lastName: 'A' }, { lastName: 'B' }, { lastName: 'C' }]);
    const repo = app.dataSource.getRepository(Lead);
    await repo.update(dbId(a.id), { updatedAt: new Date('2022-03-01T08:00:00.000Z') });
    await repo.update(dbId(b.id), { updatedAt: new Date('2022-01-01T08:00:00.000Z') });
    await repo.update(dbId(c.id), { updatedAt: new Date('2022-02-01T08:00:00.000Z') });
    expect(
      lastNames(await leads({ filter: { search: m }, orderBy: { field: 'UPDATED_AT', direction: 'DESC' } })),
    ).toEqual(['A', 'C', 'B']);
    expect(
      lastNames(await leads({ filter: { search: m }, orderBy: { field: 'UPDATED_AT', direction: 'ASC' } })),
    ).toEqual(['B', 'C', 'A']);
  });

  it('UPDATED_AT DESC puts the lead edited last first', async () => {
    const m = marker();
    const [oldest] = await seedLeads(m, [{ lastName: 'Edited' }, { lastName: 'Middle' }, { lastName: 'Newest' }]);
    // the leads were last changed long ago …
    await app.dataSource
      .getRepository(Lead)
      .update(
        { email: In([`l0@${m}.test`, `l1@${m}.test`, `l2@${m}.test`]) },
        { updatedAt: new Date('2020-06-01T00:00:00.000Z') },
      );
    const { version } = await app.dataSource.getRepository(Lead).findOneByOrFail({ id: dbId(oldest.id) });
    // … and now one of them is edited
    ok(
      await app.gql(
        `mutation($i: UpdateLeadInput!) { updateLead(input: $i) { id } }`,
        { i: { id: oldest.id, expectedVersion: version, city: 'Bergen' } },
        sales.token,
      ),
    );
    expect(
      lastNames(await leads({ filter: { search: m }, orderBy: { field: 'UPDATED_AT', direction: 'DESC' } })),
    ).toEqual(['Edited', 'Newest', 'Middle']);
  });
});

describe('leads: Relay paging', () => {
  /** Walks a list forward page by page, collecting the pages. */
  async function walkForward(variables: Record<string, unknown>, pageSize: number) {
    const pages: Connection<LeadNode>[] = [];
    let after: string | null = null;
    for (let n = 0; n < 20; n += 1) {
      const page: Connection<LeadNode> = await leads({ ...variables, first: pageSize, after });
      pages.push(page);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return pages;
  }

  it('first/after walks every page without gaps or repeats, with Relay page info', async () => {
    const m = marker();
    const created = await seedLeads(
      m,
      Array.from({ length: 7 }, (_, i) => ({ lastName: `P${i}` })),
    );
    const pages = await walkForward({ filter: { search: m } }, 3);
    expect(pages.map((p) => p.edges.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap(ids)).toEqual(created.map((l) => l.id).reverse());
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual([false, true, true]);
    for (const page of pages) {
      expect(page.totalCount).toBe(7);
      expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
    }
  });

  it('first/after walks a list ordered by a column with repeated values without gaps or repeats', async () => {
    const m = marker();
    await seedLeads(
      m,
      ['Lund', 'Aas', 'Lund', 'Moe', 'Aas', 'Lund', 'Berg'].map((lastName) => ({ lastName })),
    );
    for (const direction of ['ASC', 'DESC']) {
      const orderBy = { field: 'LAST_NAME', direction };
      const all = await leads({ filter: { search: m }, orderBy, first: 100 });
      const walked = (await walkForward({ filter: { search: m }, orderBy }, 2)).flatMap((p) =>
        p.edges.map((e) => e.node),
      );
      expect(walked.map((n) => n.id)).toEqual(ids(all));
      expect(new Set(walked.map((n) => n.id)).size).toBe(7);
      const expected = ['Aas', 'Aas', 'Berg', 'Lund', 'Lund', 'Lund', 'Moe'];
      expect(walked.map((n) => n.lastName)).toEqual(direction === 'ASC' ? expected : expected.reverse());
    }
  });

  it('first/after walks a list ordered by UPDATED_AT when leads share a timestamp, as the database writes them (whole seconds)', async () => {
    const m = marker();
    const created = await seedLeads(
      m,
      Array.from({ length: 7 }, (_, i) => ({ lastName: `T${i}` })),
    );
    const dbIds = created.map((l) => dbId(l.id));
    await app.dataSource.query(
      `UPDATE \`lead\` SET \`updatedAt\` = '2023-04-05 06:07:08' WHERE id IN (${dbIds.join(', ')})`,
    );
    await app.dataSource.query(
      `UPDATE \`lead\` SET \`updatedAt\` = '2023-04-05 06:07:09' WHERE id IN (${dbIds.slice(0, 2).join(', ')})`,
    );
    for (const direction of ['ASC', 'DESC']) {
      const walked = (
        await walkForward({ filter: { search: m }, orderBy: { field: 'UPDATED_AT', direction } }, 2)
      ).flatMap(ids);
      const later = created.slice(0, 2).map((l) => l.id);
      const earlier = created.slice(2).map((l) => l.id);
      // ties are broken by id, in the list's direction
      expect(walked).toEqual(direction === 'ASC' ? [...earlier, ...later] : [...later.reverse(), ...earlier.reverse()]);
    }
  });

  it('last/before pages backward from the end of the list', async () => {
    const m = marker();
    const created = await seedLeads(
      m,
      Array.from({ length: 7 }, (_, i) => ({ lastName: `B${i}` })),
    );
    const newestFirst = created.map((l) => l.id).reverse();

    const end = await leads({ filter: { search: m }, last: 3 });
    expect(ids(end)).toEqual(newestFirst.slice(4));
    expect(end.pageInfo).toMatchObject({
      hasPreviousPage: true,
      hasNextPage: false,
      startCursor: end.edges[0].cursor,
      endCursor: end.edges[2].cursor,
    });
    expect(end.totalCount).toBe(7);

    const middle = await leads({ filter: { search: m }, last: 3, before: end.pageInfo.startCursor });
    expect(ids(middle)).toEqual(newestFirst.slice(1, 4));
    expect(middle.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });

    const start = await leads({ filter: { search: m }, last: 3, before: middle.pageInfo.startCursor });
    expect(ids(start)).toEqual(newestFirst.slice(0, 1));
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('a cursor from forward paging serves as before, and one from backward paging as after', async () => {
    const m = marker();
    const created = await seedLeads(
      m,
      Array.from({ length: 5 }, (_, i) => ({ lastName: `X${i}` })),
    );
    const newestFirst = created.map((l) => l.id).reverse();
    const firstTwo = await leads({ filter: { search: m }, first: 2 });
    const next = await leads({ filter: { search: m }, first: 2, after: firstTwo.pageInfo.endCursor });
    expect(ids(next)).toEqual(newestFirst.slice(2, 4));
    const back = await leads({ filter: { search: m }, last: 2, before: next.pageInfo.startCursor });
    expect(ids(back)).toEqual(newestFirst.slice(0, 2));
    const forwardAgain = await leads({ filter: { search: m }, first: 10, after: back.pageInfo.endCursor });
    expect(ids(forwardAgain)).toEqual(newestFirst.slice(2));
  });

  it('totalCount counts every match, not just the page', async () => {
    const m = marker();
    await seedLeads(
      m,
      Array.from({ length: 6 }, (_, i) => ({ lastName: `C${i}`, ...(i % 2 ? { source: 'WEB' } : {}) })),
    );
    const page = await leads({ filter: { search: m }, first: 2 });
    expect(page.edges).toHaveLength(2);
    expect(page.totalCount).toBe(6);
    expect((await leads({ filter: { search: m }, first: 2, after: page.pageInfo.endCursor })).totalCount).toBe(6);
    expect((await leads({ filter: { search: m, source: ['WEB'] }, first: 1 })).totalCount).toBe(3);
  });

  it('an empty list has no edges, no cursors and no further pages', async () => {
    const page = await leads({ filter: { search: `${marker()}-none` } });
    expect(page).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('pages of 20 by default and of at most 100', async () => {
    const m = marker();
    await seedLeads(
      m,
      Array.from({ length: 21 }, (_, i) => ({ lastName: `D${i}` })),
    );
    const page = await leads({ filter: { search: m } });
    expect(page.edges).toHaveLength(20);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect((await leads({ filter: { search: m }, first: 100 })).edges).toHaveLength(21);
  });

  it('refuses first or last above 100 with BAD_USER_INPUT', async () => {
    for (const args of [{ first: 101 }, { last: 101 }, { first: -1 }]) {
      const response = await queryLeads(args);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions!.field).toBe(Object.keys(args)[0]);
      expect(response.data).toBeNull();
    }
  });

  it('refuses a cursor it did not issue with BAD_USER_INPUT', async () => {
    const notJson = 'garbage!';
    const wrongShape = Buffer.from(JSON.stringify({ id: 1 })).toString('base64url');
    for (const args of [
      { after: notJson },
      { before: notJson },
      { after: wrongShape },
      { first: 2, after: '' + Buffer.from('[1,"x"]').toString('base64url') },
    ]) {
      const response = await queryLeads(args);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses first and last together with BAD_USER_INPUT', async () => {
    expect(errorCode(await queryLeads({ first: 2, last: 2 }))).toBe('BAD_USER_INPUT');
  });
});

describe('relations', () => {
  const RELATIONS = `query($filter: RelationFilter, $orderBy: RelationOrder) { relations(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { id name kind country status } } } }`;
  const CREATE = `mutation($inputs: [RelationInput!]!) { createRelations(inputs: $inputs) { errors { field code } relation { id name } } }`;
  const relationNames = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) =>
    ok(await app.gql(RELATIONS, { filter, orderBy }, sales.token)).relations.edges.map(
      (e: { node: { name: string } }) => e.node.name,
    );
  async function seedRelations(inputs: Record<string, unknown>[]): Promise<{ id: string; name: string }[]> {
    const { createRelations } = ok(await app.gql(CREATE, { inputs }, sales.token));
    for (const item of createRelations) expect(item.errors).toEqual([]);
    return createRelations.map((i: { relation: unknown }) => i.relation);
  }

  it('are listed by name by default', async () => {
    const m = marker();
    await seedRelations([{ name: `${m} Cedar` }, { name: `${m} Alder` }, { name: `${m} Birch` }]);
    expect(await relationNames({ search: m })).toEqual([`${m} Alder`, `${m} Birch`, `${m} Cedar`]);
    expect(await relationNames({ search: m }, { field: 'NAME', direction: 'DESC' })).toEqual([
      `${m} Cedar`,
      `${m} Birch`,
      `${m} Alder`,
    ]);
  });

  it('kind keeps only companies or only private accounts', async () => {
    const m = marker();
    await seedRelations([{ name: `${m} Firma` }, { name: `${m} Privat`, kind: 'PRIVATE' }]);
    expect(await relationNames({ search: m, kind: 'PRIVATE' })).toEqual([`${m} Privat`]);
    expect(await relationNames({ search: m, kind: 'COMPANY' })).toEqual([`${m} Firma`]);
  });

  it('country keeps only the relations of that country, whatever its case', async () => {
    const m = marker();
    await seedRelations([
      { name: `${m} Dansk`, country: 'DK' },
      { name: `${m} Norsk`, country: 'no' },
      { name: `${m} Ukendt` },
    ]);
    expect(await relationNames({ search: m, country: 'NO' })).toEqual([`${m} Norsk`]);
    expect(await relationNames({ search: m, country: 'dk' })).toEqual([`${m} Dansk`]);
  });

  it('search finds relations by name, e-mail, phone and city', async () => {
    const m = marker();
    await seedRelations([
      { name: `${m} Vestkyst`, email: 'info@vestkyst.test', phone: '+45 70 11 22 33', city: 'Esbjerg' },
      { name: `${m} Østkyst`, email: 'info@oestkyst.test', phone: '+45 70 99 88 77', city: 'Nyborg' },
    ]);
    expect(await relationNames({ search: `${m} vestkyst.test` })).toEqual([`${m} Vestkyst`]);
    expect(await relationNames({ search: `${m} 99 88` })).toEqual([`${m} Østkyst`]);
    expect(await relationNames({ search: `${m} esbjerg` })).toEqual([`${m} Vestkyst`]);
  });

  it('leave merged relations out unless status asks for MERGED; inactive ones stay in', async () => {
    const m = marker();
    const [survivor, merged, inactive] = await seedRelations([
      { name: `${m} Survivor` },
      { name: `${m} Merged` },
      { name: `${m} Inactive` },
    ]);
    const repo = app.dataSource.getRepository(Relation);
    await repo.update(dbId(merged.id), { status: RecordStatus.MERGED, mergedIntoId: dbId(survivor.id) });
    await repo.update(dbId(inactive.id), { status: RecordStatus.INACTIVE });
    expect(await relationNames({ search: m })).toEqual([`${m} Inactive`, `${m} Survivor`]);
    expect(await relationNames({ search: m, status: ['MERGED'] })).toEqual([`${m} Merged`]);
    expect(await relationNames({ search: m, status: ['ACTIVE', 'MERGED'] })).toEqual([`${m} Merged`, `${m} Survivor`]);
  });
});

describe('contacts, deals and activities', () => {
  const createRelation = async (name: string) =>
    ok(
      await app.gql(
        `mutation($i: [RelationInput!]!) { createRelations(inputs: $i) { relation { id } } }`,
        { i: [{ name }] },
        sales.token,
      ),
    ).createRelations[0].relation.id as string;
  const createPipeline = (name: string) =>
    app.dataSource.getRepository(Pipeline).save({ name, stages: ['Lead', 'Offer', 'Won'] });

  it('contacts: relationId keeps only the people at that relation, by last name', async () => {
    const m = marker();
    const [here, there] = [await createRelation(`${m} Here`), await createRelation(`${m} There`)];
    const { createContacts } = ok(
      await app.gql(
        `mutation($i: [ContactInput!]!) { createContacts(inputs: $i) { errors { code } contact { id } } }`,
        {
          i: [
            { lastName: 'Vik', relationId: here },
            { lastName: 'Aasen', relationId: here },
            { lastName: 'Berge', relationId: there },
          ],
        },
        sales.token,
      ),
    );
    expect(createContacts.every((c: { errors: unknown[] }) => c.errors.length === 0)).toBe(true);
    const { contacts } = ok(
      await app.gql(
        `query($f: ContactFilter) { contacts(filter: $f) { totalCount edges { node { lastName relation { id } } } } }`,
        { f: { relationId: here } },
        sales.token,
      ),
    );
    expect(contacts.totalCount).toBe(2);
    expect(contacts.edges.map((e: { node: { lastName: string } }) => e.node.lastName)).toEqual(['Aasen', 'Vik']);
    expect(contacts.edges.every((e: { node: { relation: { id: string } } }) => e.node.relation.id === here)).toBe(true);
  });

  it('contacts: relationId must be the id of a relation', async () => {
    const response = await app.gql(
      `query($f: ContactFilter) { contacts(filter: $f) { totalCount } }`,
      { f: { relationId: sales.id } },
      sales.token,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('deals: status and relationId narrow the list, newest first', async () => {
    const m = marker();
    const pipeline = await createPipeline(`Pipeline ${m}`);
    const pipelineId = toGlobalId('Pipeline', pipeline.id);
    const [mine, other] = [await createRelation(`${m} Mine`), await createRelation(`${m} Other`)];
    const createDeal = async (title: string, relationId: string) =>
      ok(
        await app.gql(
          `mutation($i: DealInput!) { createDeal(input: $i) { id version } }`,
          { i: { title, relationId, pipelineId } },
          sales.token,
        ),
      ).createDeal;
    const won = await createDeal('Won deal', mine);
    const lost = await createDeal('Lost deal', mine);
    await createDeal('Open deal', mine);
    await createDeal('Elsewhere', other);
    const setStatus = async (deal: { id: string; version: number }, status: string) =>
      ok(
        await app.gql(
          `mutation($i: UpdateDealInput!) { updateDeal(input: $i) { status } }`,
          { i: { id: deal.id, expectedVersion: deal.version, status } },
          sales.token,
        ),
      );
    await setStatus(won, 'WON');
    await setStatus(lost, 'LOST');

    const titles = async (filter: Record<string, unknown>) =>
      ok(
        await app.gql(
          `query($f: DealFilter) { deals(filter: $f) { edges { node { title } } } }`,
          { f: filter },
          sales.token,
        ),
      ).deals.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(await titles({ relationId: mine })).toEqual(['Open deal', 'Lost deal', 'Won deal']);
    expect(await titles({ relationId: mine, status: ['OPEN', 'WON'] })).toEqual(['Open deal', 'Won deal']);
    expect(await titles({ relationId: other })).toEqual(['Elsewhere']);
    expect(await titles({ pipelineId, status: ['LOST'] })).toEqual(['Lost deal']);
  });

  describe('activities', () => {
    const ACTIVITIES = `query($f: ActivityFilter) { activities(filter: $f) { totalCount edges { node { subject type doneAt } } } }`;
    async function seedActivities(owner: Actor, items: { type: string; subject: string }[]) {
      const [lead] = await seedLeads(marker(), [{ lastName: 'Activities' }], owner.token);
      const created = [];
      for (const item of items) {
        created.push(
          ok(
            await app.gql(
              `mutation($i: ActivityInput!) { createActivity(input: $i) { id subject } }`,
              { i: { ...item, leadId: lead.id } },
              owner.token,
            ),
          ).createActivity,
        );
      }
      return created;
    }
    const subjects = async (filter: Record<string, unknown>, token: string) =>
      ok(await app.gql(ACTIVITIES, { f: filter }, token)).activities.edges.map(
        (e: { node: { subject: string } }) => e.node.subject,
      );

    it('done: true keeps the completed ones, done: false the open ones', async () => {
      const owner = await app.actor('SALES', 'North');
      const [call, meeting] = await seedActivities(owner, [
        { type: 'CALL', subject: 'Call back' },
        { type: 'MEETING', subject: 'Demo' },
        { type: 'TASK', subject: 'Send offer' },
      ]);
      for (const activity of [call, meeting])
        ok(await app.gql(`mutation($id: ID!) { completeActivity(id: $id) { id } }`, { id: activity.id }, owner.token));
      expect(await subjects({ ownerId: owner.id, done: true }, owner.token)).toEqual(['Demo', 'Call back']);
      expect(await subjects({ ownerId: owner.id, done: false }, owner.token)).toEqual(['Send offer']);
      expect(await subjects({ ownerId: owner.id }, owner.token)).toEqual(['Send offer', 'Demo', 'Call back']);
    });

    it('type keeps only activities of the listed types', async () => {
      const owner = await app.actor('SALES', 'North');
      await seedActivities(owner, [
        { type: 'CALL', subject: 'Ring' },
        { type: 'NOTE', subject: 'Remember' },
        { type: 'EMAIL', subject: 'Mail' },
      ]);
      expect(await subjects({ ownerId: owner.id, type: ['CALL', 'NOTE'] }, owner.token)).toEqual(['Remember', 'Ring']);
      expect(await subjects({ ownerId: owner.id, type: ['MEETING'] }, owner.token)).toEqual([]);
    });

    it("a SALES user sees the activities of their division's colleagues but not those of another division", async () => {
      const north = await app.actor('SALES', 'North');
      const south = await app.actor('SALES', 'South');
      await seedActivities(north, [{ type: 'CALL', subject: 'Northern call' }]);
      await seedActivities(south, [{ type: 'CALL', subject: 'Southern call' }]);
      expect(await subjects({ ownerId: north.id }, sales.token)).toEqual(['Northern call']);
      expect(await subjects({ ownerId: south.id }, sales.token)).toEqual([]);
      expect(await subjects({ ownerId: south.id }, steward.token)).toEqual(['Southern call']);
    });
  });
});
