/**
 * A lead's tags kept in its own row (src/tags/tag-lists.ts) follow every write of its taggings, so the inbox page,
 * which reads them from there, answers what the taggings say; a list not known is read through the tags loader.
 */
import { queryCounter } from '../../ormconfig';
import { openDatabase } from '../../src/db/open-database';
import { tagsLoader } from '../../src/loaders/tags.loader';
import { fromGlobalId } from '../../src/schema/global-id';
import { keepsTagLists, MAX_KEPT_TAGS, tagsOfList } from '../../src/tags/tag-lists';
import { mergeFixtures } from '../support/merge-fixtures';
import { undoMigrationsThrough } from '../support/database';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let steward: Actor;
let make: ReturnType<typeof mergeFixtures>;

beforeAll(async () => {
  app = await startTestApp();
  steward = await app.actor('STEWARD', 'North');
  make = mergeFixtures(app, steward.token);
});
afterAll(() => app.close());

const dbIds = (ids: string[]) => ids.map((id) => fromGlobalId(id).id);
/** the table's name quoted (LEAD is a keyword of MySQL 8) */
const leadTable = () => app.dataSource.driver.escape('lead');

/** Each lead's kept list against its taggings as the tags loader reads them (none kept on MySQL or above MAX_KEPT_TAGS). */
async function expectListsKept(ids: string[] | number[]): Promise<void> {
  const rows: { id: number; tagList: string | null }[] = await app.dataSource.query(
    `SELECT id, tagList FROM ${leadTable()} WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`,
    ids.map((id) => (typeof id === 'string' ? fromGlobalId(id).id : id)),
  );
  const truth = await tagsLoader(app.dataSource, 'LEAD').loadMany(rows.map((row) => Number(row.id)));
  const kept = keepsTagLists(app.dataSource, 'LEAD');
  expect(rows.map((row) => row.tagList && tagsOfList(row.tagList))).toEqual(
    truth.map((tags) => (kept && Array.isArray(tags) && tags.length <= MAX_KEPT_TAGS ? tags : null)),
  );
  expect(rows).toHaveLength(ids.length);
}

/** The lead's tags as the inbox page gives them; `search` narrows the page. */
async function pageTags(id: string, search?: string): Promise<string[]> {
  const { leads } = ok(
    await app.gql(
      `query($filter: LeadFilter) { leads(first: 100, filter: $filter) { edges { node { id tags { name } } } } }`,
      { filter: search ? { search } : null },
      steward.token,
    ),
  );
  const edge = leads.edges.find((e: { node: { id: string } }) => e.node.id === id);
  return edge.node.tags.map((tag: { name: string }) => tag.name);
}

const removeTags = async (id: string, ...tags: string[]) =>
  ok(
    await app.gql(
      `mutation($id: ID!, $tags: [String!]!) { removeTags(recordId: $id, tags: $tags) { id } }`,
      { id, tags },
      steward.token,
    ),
  );

describe("a lead's kept tag list", () => {
  it('follows creating the lead with and without tags, adding and removing tags', async () => {
    const tagged = await make.lead({ lastName: 'Kept', email: 'kept@x.dk', tags: ['zulu', 'alfa'] });
    const plain = await make.lead({ lastName: 'Plain', email: 'plain@x.dk' });
    const blank = await make.lead({ lastName: 'Blank', email: 'blank@x.dk', tags: ['  '] });
    await expectListsKept([tagged, plain, blank]);
    expect(await pageTags(tagged)).toEqual(['alfa', 'zulu']);

    await make.tag(plain, 'mike', 'Ærø');
    await make.tag(tagged, 'bravo');
    await removeTags(tagged, 'zulu');
    await expectListsKept([tagged, plain]);
    expect(await pageTags(tagged)).toEqual(['alfa', 'bravo']);
    expect((await pageTags(plain)).sort()).toEqual(['mike', 'Ærø'].sort());
  });

  it('of a new lead is stored with it, reading no taggings (on MySQL that read would lock the end of their index against concurrent intakes)', async () => {
    const statements = await queryCounter(app.dataSource).statementsDuring(() =>
      make.lead({ lastName: 'Fresh', email: 'fresh@x.dk', tags: ['golf', 'beer'] }),
    );
    expect(statements.some((sql) => /INSERT\b.*\bINTO .?tagging/i.test(sql))).toBe(true);
    expect(statements.filter((sql) => /(FROM|JOIN|UPDATE) .?tagging\b/i.test(sql))).toEqual([]);
  });

  it('of a batch of new leads is built once per distinct set of tags', async () => {
    const inputs = ['a', 'b', 'c', 'd'].map((n, k) => ({
      lastName: `Batch ${n}`,
      email: `batch-${n}@x.dk`,
      tags: k < 3 ? ['kilo', 'lima'] : ['lima'],
    }));
    const statements = await queryCounter(app.dataSource).statementsDuring(async () => {
      const { createLeads } = ok(
        await app.gql(
          'mutation($inputs: [LeadInput!]!) { createLeads(inputs: $inputs) { lead { id } } }',
          { inputs },
          steward.token,
        ),
      );
      await expectListsKept(createLeads.map((item: { lead: { id: string } }) => item.lead.id));
    });
    const built = statements.filter((sql) => /FROM tag t WHERE t\.id IN/.test(sql));
    expect(built).toHaveLength(keepsTagLists(app.dataSource, 'LEAD') ? 2 : 0);
  });

  it('gives a merge survivor the merged leads’ tags, and takes them back when the merge is undone', async () => {
    const survivor = await make.lead({ lastName: 'Holm', email: 'holm@holm.dk', tags: ['fair'] });
    const merged = await make.lead({ lastName: 'Holm', phone: '+4512345678', tags: ['webinar', 'fair'] });
    const merge = ok(await make.merge(survivor, [merged])).mergeRecords;
    await expectListsKept([survivor, merged]);
    expect(await pageTags(survivor)).toEqual(['fair', 'webinar']);

    ok(await make.undo(merge.id));
    await expectListsKept([survivor, merged]);
    expect(await pageTags(survivor)).toEqual(['fair']);
  });

  it('is no edit of the lead: its version and update time stay as they were', async () => {
    const lead = await make.lead({ lastName: 'Still', email: 'still@x.dk', tags: ['one'] });
    const stamp = async () =>
      (await app.dataSource.query(`SELECT version, updatedAt FROM ${leadTable()} WHERE id = ?`, dbIds([lead]))).map(
        (row: { version: number; updatedAt: unknown }) => [Number(row.version), String(row.updatedAt)],
      );
    const before = await stamp();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await make.tag(lead, 'two');
    await removeTags(lead, 'one');
    expect(await pageTags(lead)).toEqual(['two']);
    expect(await stamp()).toEqual(before);
  });

  it('is not kept above MAX_KEPT_TAGS tags: the tags loader reads them', async () => {
    const lead = await make.lead({ lastName: 'Many', email: 'many@x.dk' });
    const names = Array.from({ length: MAX_KEPT_TAGS + 1 }, (_, n) => `many ${String(n).padStart(3, '0')}`);
    for (let at = 0; at < names.length; at += 100) await make.tag(lead, ...names.slice(at, at + 100));
    await expectListsKept([lead]);
    const [{ tagList }] = await app.dataSource.query(`SELECT tagList FROM ${leadTable()} WHERE id = ?`, dbIds([lead]));
    expect(tagList).toBeNull();
    expect(await pageTags(lead)).toEqual(names);
  });

  it('keeps every tag of concurrent taggings of one lead', async () => {
    const lead = await make.lead({ lastName: 'Busy', email: 'busy@x.dk' });
    const names = Array.from({ length: 8 }, (_, n) => `busy ${n}`);
    await Promise.all(names.map((name) => make.tag(lead, name)));
    await expectListsKept([lead]);
    expect(await pageTags(lead)).toEqual(names);
  });

  it('not known is read through the tags loader, one statement more for the page', async () => {
    const lead = await make.lead({ lastName: 'Unknown', email: 'unknown@x.dk', tags: ['echo'] });
    const statements = async () => {
      const counter = queryCounter(app.dataSource);
      const before = counter.count;
      const tags = await pageTags(lead, 'unknown@x.dk');
      return { tags, statements: counter.count - before };
    };
    const known = await statements();
    await app.dataSource.query(`UPDATE ${leadTable()} SET tagList = NULL WHERE id = ?`, dbIds([lead]));
    const unknown = await statements();
    expect(unknown.tags).toEqual(['echo']);
    expect(known.tags).toEqual(['echo']);
    const kept = keepsTagLists(app.dataSource, 'LEAD');
    expect(unknown.statements).toBe(known.statements + (kept ? 1 : 0));
  });

  it('is filled for a database from before kept lists (SQLite at start-up, MySQL by its migration)', async () => {
    const lead = await make.lead({ lastName: 'Old', email: 'old@x.dk', tags: ['oscar', 'kilo'] });
    const all = (await app.dataSource.query(`SELECT id FROM ${leadTable()}`)).map((row: { id: number }) =>
      Number(row.id),
    );
    if (app.dataSource.options.type === 'better-sqlite3') await app.dataSource.query('UPDATE lead SET tagList = NULL');
    else await undoMigrationsThrough(app.dataSource, 'LeadTagList1795600000033');
    const reopened = await openDatabase(app.databaseUrl);
    await reopened.destroy();
    await expectListsKept(all);
    expect(await pageTags(lead)).toEqual(['kilo', 'oscar']);
  });
});
