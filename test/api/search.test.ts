import { SearchToken } from '../../src/entities';
import { usesMysql } from '../../src/db/dialect';
import { openDatabase } from '../../src/db/open-database';
import { SearchIndex1795600000002 } from '../../src/migrations/1795600000002-SearchIndex';
import { mergeFixtures } from '../support/merge-fixtures';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let sales: Actor;

beforeAll(async () => {
  app = await startTestApp();
  sales = await app.actor('SALES', 'North');
});
afterAll(() => app.close());

/** A word only one test's records carry (in their e-mail), so a search with it sees only them. */
let markers = 0;
const marker = () => `srch${++markers}x`;

interface Created {
  id: string;
  version: number;
}

async function createLeads(mark: string, inputs: Record<string, unknown>[]): Promise<Created[]> {
  const { createLeads } = ok(
    await app.gql(
      `mutation($inputs: [LeadInput!]!) { createLeads(inputs: $inputs) { errors { field code } lead { id version } } }`,
      { inputs: inputs.map((input, i) => ({ email: `l${i}@${mark}.test`, ...input })) },
      sales.token,
    ),
  );
  for (const item of createLeads) expect(item.errors).toEqual([]);
  return createLeads.map((item: { lead: Created }) => item.lead);
}

/** The last names of the leads a search finds, with the test's marker as one more word. */
async function leadsFound(mark: string, search: string): Promise<string[]> {
  const { leads } = ok(
    await app.gql(
      `query($s: String) { leads(first: 100, filter: { search: $s }) { edges { node { lastName } } } }`,
      { s: `${mark} ${search}` },
      sales.token,
    ),
  );
  return leads.edges.map((e: { node: { lastName: string } }) => e.node.lastName).sort();
}

/** A field of the records of a list (relations, contacts) that a search finds. */
async function namesFound(list: string, field: string, search: string): Promise<string[]> {
  const data = ok(
    await app.gql(
      `query($s: String) { ${list}(filter: { search: $s }) { edges { node { ${field} } } } }`,
      { s: search },
      sales.token,
    ),
  );
  return data[list].edges.map((e: { node: Record<string, string> }) => e.node[field]);
}

describe('search folds case and diacritics the same way on SQLite and MySQL', () => {
  it('finds ØSTERGÅRD, Šťastný and Ærø as typed in lower case, with or without diacritics', async () => {
    const m = marker();
    await createLeads(m, [
      { lastName: 'ØSTERGÅRD' },
      { lastName: 'Šťastný' },
      { lastName: 'Nielsen', companyName: 'Ærø Fisk ApS' },
      { lastName: 'Ostergaard' },
    ]);
    expect(await leadsFound(m, 'østergård')).toEqual(['ØSTERGÅRD']);
    expect(await leadsFound(m, 'ostergard')).toEqual(['ØSTERGÅRD']);
    expect(await leadsFound(m, 'ØSTER')).toEqual(['Ostergaard', 'ØSTERGÅRD']);
    expect(await leadsFound(m, 'šťastný')).toEqual(['Šťastný']);
    expect(await leadsFound(m, 'STASTNY')).toEqual(['Šťastný']);
    expect(await leadsFound(m, 'ærø')).toEqual(['Nielsen']);
    expect(await leadsFound(m, 'AERO fisk')).toEqual(['Nielsen']);
  });

  it('folds the letters Unicode does not decompose: ø→o, æ→ae, ß→ss, ł→l, đ→d, þ→th', async () => {
    const m = marker();
    await createLeads(m, [
      { lastName: 'Weiß' },
      { lastName: 'Łukaszewski' },
      { lastName: 'Đorđević' },
      { lastName: 'Þórsson' },
      { lastName: 'Søgaard' },
    ]);
    expect(await leadsFound(m, 'weiss')).toEqual(['Weiß']);
    expect(await leadsFound(m, 'WEISS')).toEqual(['Weiß']);
    expect(await leadsFound(m, 'lukaszewski')).toEqual(['Łukaszewski']);
    expect(await leadsFound(m, 'łukasz')).toEqual(['Łukaszewski']);
    expect(await leadsFound(m, 'dordevic')).toEqual(['Đorđević']);
    expect(await leadsFound(m, 'thorsson')).toEqual(['Þórsson']);
    expect(await leadsFound(m, 'sogaard')).toEqual(['Søgaard']);
  });

  it('matches the beginnings of words, not the middle of one', async () => {
    const m = marker();
    await createLeads(m, [{ lastName: 'Østergård', companyName: 'Fjordlys AS' }]);
    expect(await leadsFound(m, 'øster')).toEqual(['Østergård']);
    expect(await leadsFound(m, 'fjord')).toEqual(['Østergård']);
    expect(await leadsFound(m, 'gård')).toEqual([]);
    expect(await leadsFound(m, 'lys')).toEqual([]);
  });
});

describe('search finds phone numbers by their digits', () => {
  it('finds +45 40 12 34 56 by its international and national forms', async () => {
    const m = marker();
    await createLeads(m, [
      { lastName: 'Dane', phone: '+45 40 12 34 56', country: 'DK' },
      { lastName: 'Other', phone: '+45 50 12 34 56', country: 'DK' },
    ]);
    for (const typed of ['+4540123456', '4540123456', '40123456', '40 12 34 56', '+45 40 12 34 56', '004540123456'])
      expect([typed, await leadsFound(m, typed)]).toEqual([typed, ['Dane']]);
    expect(await leadsFound(m, '+4640123456')).toEqual([]);
  });

  it('finds a number stored without its country code by the international form, and by the national one with its trunk prefix', async () => {
    const m = marker();
    await createLeads(m, [
      { lastName: 'Local', phone: '40 12 34 56', country: 'DK' },
      { lastName: 'Dutch', phone: '+31 20 123 4567', country: 'NL' },
    ]);
    expect(await leadsFound(m, '+4540123456')).toEqual(['Local']);
    expect(await leadsFound(m, '020 123 4567')).toEqual(['Dutch']);
    expect(await leadsFound(m, '0201234567')).toEqual(['Dutch']);
    expect(await leadsFound(m, '+31201234567')).toEqual(['Dutch']);
  });
});

describe('the write path keeps the search text current', () => {
  it('finds a lead by its new name after updateLead, and no longer by the old one', async () => {
    const m = marker();
    const [lead] = await createLeads(m, [{ lastName: 'Ågesen', phone: '+45 40 12 34 56' }]);
    expect(await leadsFound(m, 'agesen')).toEqual(['Ågesen']);
    ok(
      await app.gql(
        `mutation($i: UpdateLeadInput!) { updateLead(input: $i) { id } }`,
        { i: { id: lead.id, expectedVersion: lead.version, lastName: 'Æbeltoft', phone: '+45 22 33 44 55' } },
        sales.token,
      ),
    );
    expect(await leadsFound(m, 'agesen')).toEqual([]);
    expect(await leadsFound(m, '40123456')).toEqual([]);
    expect(await leadsFound(m, 'aebeltoft')).toEqual(['Æbeltoft']);
    expect(await leadsFound(m, '22334455')).toEqual(['Æbeltoft']);
  });

  it('keeps relations and contacts current too', async () => {
    const m = marker();
    const { createRelations } = ok(
      await app.gql(
        `mutation($inputs: [RelationInput!]!) { createRelations(inputs: $inputs) { errors { code } relation { id version } } }`,
        { inputs: [{ name: `Ærøskøbing Tømrer ${m}`, country: 'DK', registrationNumber: 'DK 31 67 80 21' }] },
        sales.token,
      ),
    );
    const relation = createRelations[0].relation as Created;
    const relations = (search: string) => namesFound('relations', 'name', `${m} ${search}`);
    expect(await relations('aeroskobing tomrer')).toEqual([`Ærøskøbing Tømrer ${m}`]);
    expect(await relations('31678021')).toEqual([`Ærøskøbing Tømrer ${m}`]);
    ok(
      await app.gql(
        `mutation($i: UpdateRelationInput!) { updateRelation(input: $i) { id } }`,
        { i: { id: relation.id, expectedVersion: relation.version, name: `Østerby Snedker ${m}` } },
        sales.token,
      ),
    );
    expect(await relations('aeroskobing')).toEqual([]);
    expect(await relations('OSTERBY')).toEqual([`Østerby Snedker ${m}`]);

    const { createContacts } = ok(
      await app.gql(
        `mutation($inputs: [ContactInput!]!) { createContacts(inputs: $inputs) { errors { code } contact { id version } } }`,
        { inputs: [{ firstName: 'Søren', lastName: 'Kierkegård', email: `sk@${m}.test`, relationId: relation.id }] },
        sales.token,
      ),
    );
    const contact = createContacts[0].contact as Created;
    const contacts = (search: string) => namesFound('contacts', 'lastName', `${m} ${search}`);
    expect(await contacts('soren kierkegard')).toEqual(['Kierkegård']);
    ok(
      await app.gql(
        `mutation($i: UpdateContactInput!) { updateContact(input: $i) { id } }`,
        { i: { id: contact.id, expectedVersion: contact.version, lastName: 'Brøndum' } },
        sales.token,
      ),
    );
    expect(await contacts('kierkegard')).toEqual([]);
    expect(await contacts('brondum')).toEqual(['Brøndum']);
  });
});

describe('merging and undoing a merge keep the search text current', () => {
  it("finds the survivor by the merged lead's company, and no longer once the merge is undone", async () => {
    const steward = await app.actor('STEWARD', 'North');
    const make = mergeFixtures(app, steward.token);
    const m = marker();
    const survivor = await make.lead({ lastName: 'Møller', email: `a@${m}.test` });
    const merged = await make.lead({ lastName: 'Møller', email: `b@${m}.test`, companyName: 'Ålborg Værft' });
    const found = async (search: string) =>
      ok(
        await app.gql(
          `query($s: String) { leads(filter: { search: $s }) { edges { node { id } } } }`,
          { s: `${m} ${search}` },
          steward.token,
        ),
      ).leads.edges.map((e: { node: { id: string } }) => e.node.id);
    const merge = ok(await make.merge(survivor, [merged], [{ field: 'companyName', fromId: merged }])).mergeRecords;
    expect(await found('alborg vaerft')).toEqual([survivor]);
    ok(await make.undo(merge.id));
    expect(await found('alborg vaerft')).toEqual([merged]);
  });
});

describe('search over many records', () => {
  it('pages a word that begins thousands of records, in the list order, every word having to match', async () => {
    const m = marker();
    // "common" begins 10,101 records' words, "nordic" 10,100: both too many alone, 10,000 in common
    const inputs = Array.from({ length: 10200 }, (_, i) => ({
      firstName: i >= 100 ? 'Nordic' : null,
      lastName: i < 10100 ? `Common ${i}` : `Plain ${i}`,
      email: `c${i}@${m}.test`,
    }));
    for (let start = 0; start < inputs.length; start += 500) await createLeads(m, inputs.slice(start, start + 500));
    await createLeads(m, [{ lastName: 'Rare Commonplace' }]);
    const page = async (search: string) =>
      ok(
        await app.gql(
          `query($s: String) { leads(first: 3, filter: { search: $s }) { totalCount edges { node { lastName } } } }`,
          { s: search },
          sales.token,
        ),
      ).leads;
    const lastNames = (leads: { edges: { node: { lastName: string } }[] }) => leads.edges.map((e) => e.node.lastName);
    const common = await page(`${m} common`);
    expect(common.totalCount).toBe(10101);
    expect(lastNames(common)).toEqual(['Rare Commonplace', 'Common 10099', 'Common 10098']);
    // "100" begins few records' words (100, 1000–1009, 10000–10099): those are read, and checked for the other words
    const both = await page(`common ${m} 100`);
    expect(both.totalCount).toBe(111);
    expect(lastNames(both)).toEqual(['Common 10099', 'Common 10098', 'Common 10097']);
    // the records the words have in common are read
    const shared = await page(`nordic common ${m}`);
    expect(shared.totalCount).toBe(10000);
    expect(lastNames(shared)).toEqual(['Common 10099', 'Common 10098', 'Common 10097']);
  }, 120_000);
});

describe('records stored before search text existed', () => {
  it('are found once start-up (SQLite) or the migration (MySQL) has computed their text', async () => {
    const m = marker();
    await createLeads(m, [{ lastName: 'Ørsted', phone: '+45 40 12 34 56' }]);
    for (const table of ['lead', 'relation', 'contact'])
      await app.dataSource.query(`UPDATE ${table} SET searchText = NULL`);
    await app.dataSource.getRepository(SearchToken).clear();
    expect(await leadsFound(m, 'orsted')).toEqual([]);
    if (usesMysql) {
      const runner = app.dataSource.createQueryRunner();
      try {
        await new SearchIndex1795600000002().up(runner);
      } finally {
        await runner.release();
      }
    } else {
      await (await openDatabase(app.databaseUrl)).destroy();
    }
    expect(await leadsFound(m, 'orsted')).toEqual(['Ørsted']);
    expect(await leadsFound(m, '+4540123456')).toEqual(['Ørsted']);
  });
});
