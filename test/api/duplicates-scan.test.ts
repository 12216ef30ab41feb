import { queryCounter } from '../../ormconfig';
import { usesMysql } from '../../src/db/dialect';
import { sqliteConnection } from '../../src/db/sqlite-connection';
import { Contact, MatchKey, Relation, TrainedModel } from '../../src/entities';
import { RecordStatus, RelationKind } from '../../src/entities/enums';
import { scanDuplicates } from '../../src/quality/duplicates/scan-duplicates.service';
import { levelWeight } from '../../src/quality/matching/match-scorer';
import { toGlobalId } from '../../src/schema/global-id';
import { crmAsync } from '../support/crm-command';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: Actor;
let steward: Actor;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.actor('ADMIN', 'North');
  steward = await app.actor('STEWARD', 'North');
});
afterAll(() => app.close());

async function clusters(search: string, status = ['OPEN']): Promise<{ id: string; members: { id: string }[] }[]> {
  const { duplicateClusters } = ok(
    await app.gql(
      `query($f: DuplicateClusterFilter) { duplicateClusters(first: 50, filter: $f) { edges { node { id members { id } } } } }`,
      { f: { search, status } },
      steward.token,
    ),
  );
  return duplicateClusters.edges.map((edge: { node: unknown }) => edge.node);
}

async function createRelations(inputs: Record<string, unknown>[]): Promise<string[]> {
  const { createRelations: items } = ok(
    await app.gql(
      `mutation($i: [RelationInput!]!) { createRelations(inputs: $i) { relation { id } } }`,
      { i: inputs },
      admin.token,
    ),
  );
  return items.map((item: { relation: { id: string } }) => item.relation.id);
}

const companyTwice = (name: string, regno: string, phone: string) => [
  { name: `${name} A/S`, registrationNumber: regno, phone, country: 'DK' },
  { name: `${name}`, registrationNumber: `DK${regno}`, phone: phone.replace('+45', ''), country: 'DK', city: 'Odense' },
];

const scanRelations = () => scanDuplicates(app.dataSource, { entityTypes: ['RELATION'] });

describe('crm dedupe scan', () => {
  it('clusters relations inserted around the API, and gives them match keys', async () => {
    const rows = companyTwice('Rundkørsel Elektro', '33000011', '+4566110011').map((fields) => ({
      ...fields,
      kind: RelationKind.COMPANY,
      status: RecordStatus.ACTIVE,
    }));
    const { identifiers } = await app.dataSource.getRepository(Relation).insert(rows);
    const ids = identifiers.map((identifier) => toGlobalId('Relation', identifier.id as number)).sort();
    expect(await clusters('rundkørsel')).toEqual([]);
    const [summary] = await scanRelations();
    expect(summary.keysWritten).toBeGreaterThan(0);
    expect((await clusters('rundkørsel')).map((cluster) => cluster.members.map((member) => member.id).sort())).toEqual([
      ids,
    ]);
    expect(
      await app.dataSource
        .getRepository(MatchKey)
        .countBy({ entityType: 'RELATION', recordId: identifiers[0].id as number }),
    ).toBeGreaterThan(0);
  });

  it('builds the match-key index again after loading keys in bulk', async () => {
    await app.dataSource
      .getRepository(Contact)
      .insert([
        { firstName: 'Bulk', lastName: 'Indexsen', email: 'bulk.indexsen@example.dk', status: RecordStatus.ACTIVE },
      ]);
    const [summary] = await scanDuplicates(app.dataSource, { entityTypes: ['CONTACT'] });
    expect(summary.keysWritten).toBeGreaterThan(0);
    const runner = app.dataSource.createQueryRunner();
    const table = await runner.getTable('match_key');
    await runner.release();
    expect(table!.indices.map((index) => index.columnNames)).toContainEqual(['key', 'entityType', 'recordId']);
  });

  it('stages the keys of records loaded around the API in statements of a few texts, each prepared once on SQLite', async () => {
    await app.dataSource.getRepository(Relation).insert(
      Array.from({ length: 40 }, (_, n) => ({
        name: `Slice Staging ${n} ApS`,
        registrationNumber: String(41000000 + n),
        email: `slice.${n}@staging${n}.example`,
        city: 'Vejle',
        kind: RelationKind.COMPANY,
        status: RecordStatus.ACTIVE,
      })),
    );
    const statements = await queryCounter(app.dataSource).statementsDuring(() =>
      scanDuplicates(app.dataSource, { entityTypes: ['RELATION'], pageSize: 10 }),
    );
    const inserts = statements.filter((sql) => /INTO match_key_scan .* VALUES \('RELATION',/.test(sql));
    expect(inserts.length).toBeGreaterThan(3);
    // MySQL takes the numbers as literals; SQLite binds them, in slices of 10,000, 100 or 1 rows
    const literal = inserts.filter((sql) => /VALUES \('RELATION',\d/.test(sql));
    if (usesMysql) expect(literal).toEqual(inserts);
    else {
      expect(literal).toEqual([]);
      expect(new Set(inserts).size).toBeLessThanOrEqual(3);
      // the swap's index build had sorter threads: the connection is given back without them
      expect(sqliteConnection(app.dataSource).pragma('threads')).toEqual([{ threads: 0 }]);
    }
  });

  it('keeps the ids of clusters whose members did not change', async () => {
    await createRelations(companyTwice('Stabilvej Farver', '33000022', '+4566110022'));
    const before = await clusters('stabilvej');
    await scanRelations();
    expect(await clusters('stabilvej')).toEqual(before);
  });

  it('writes no match keys when a rescan finds them current', async () => {
    await createRelations(companyTwice('Rolig Rescan', '33000033', '+4566110033'));
    await scanRelations();
    const [summary] = await scanRelations();
    expect(summary.keysWritten).toBe(0);
  });

  it('never brings a dismissed pair back', async () => {
    const [a, b] = await createRelations(companyTwice('Afvist Antik', '33000044', '+4566110044'));
    ok(
      await app.gql(
        `mutation($pairs: [[ID!]!]) { dismissDuplicates(pairs: $pairs) { id status } }`,
        { pairs: [[a, b]] },
        steward.token,
      ),
    );
    await scanRelations();
    expect(await clusters('afvist')).toEqual([]);
  });

  it('prints a line per record type and the rate on its last line', async () => {
    const { status, lines } = await crmAsync(app.databaseUrl, ['dedupe', 'scan', '--entity', 'relations']);
    expect(status).toBe(0);
    expect(lines[0]).toMatch(/^relations: \d+ records, .* \d+ clusters/);
    expect(lines[lines.length - 1]).toMatch(/^Scanned \d+ records in [\d.]+ s \([\d,]+ records\/s\)\.$/);
  });
});

describe('crm dedupe train', () => {
  it('stores a model that then scores every pair', async () => {
    const [a] = await createRelations(companyTwice('Trænet Tømrer', '33000055', '+4566110055'));
    // not blocking this process: a keep-alive connection the server closed meanwhile would fail the query below
    const { status, lines } = await crmAsync(app.databaseUrl, ['dedupe', 'train']);
    expect(status).toBe(0);
    expect(lines[lines.length - 1]).toMatch(/^Stored as model \d+/);
    const [stored] = await app.dataSource.getRepository(TrainedModel).find({ order: { id: 'DESC' }, take: 1 });
    const { duplicatesOf } = ok(
      await app.gql(
        `query($id: ID!) { duplicatesOf(id: $id, minScore: 0) { evidence { field reason weight } } }`,
        { id: a },
        steward.token,
      ),
    );
    const regno = duplicatesOf[0].evidence.find((item: { reason: string }) => item.reason === 'REGNO_EXACT');
    expect(regno.weight).toBeCloseTo(levelWeight(stored.model, 'registrationNumber', 'REGNO_EXACT'), 10);
    expect(stored.model.training?.records).toBeGreaterThan(0);
  });
});
