import { queryCounter } from '../../ormconfig';
import type { EntityManager } from 'typeorm';
import { transaction } from '../../src/db/transaction';
import { DuplicateClusterMember } from '../../src/entities';
import { markClusterMerged } from '../../src/quality/duplicates/mark-cluster-merged';
import * as relationService from '../../src/relations/relation.service';
import { fromGlobalId, toGlobalId } from '../../src/schema/global-id';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: Actor;
let steward: Actor;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.actor('ADMIN', 'North');
  steward = await app.actor('STEWARD', 'North');
});
afterAll(() => app.close());

const CLUSTERS = `query($filter: DuplicateClusterFilter, $first: Int) {
  duplicateClusters(first: $first, filter: $filter) {
    edges { node {
      id entityType status score memberCount label
      members { id ... on Relation { name } ... on Contact { lastName } }
      pairs { a { id } b { id } score reasons evidence { field outcome weight reason } }
      suggestedSurvivor { id }
      suggestedValues { field value from { id } sources { id } }
    } }
  }
}`;

interface Cluster {
  id: string;
  status: string;
  score: number;
  memberCount: number;
  label: string;
  members: { id: string; name?: string }[];
  pairs: {
    a: { id: string };
    b: { id: string };
    score: number;
    reasons: string[];
    evidence: { field: string; outcome: string; weight: number; reason: string }[];
  }[];
  suggestedSurvivor: { id: string };
  suggestedValues: { field: string; value: string; from: { id: string }; sources: { id: string }[] }[];
}

async function clusters(filter: Record<string, unknown>, token = steward.token): Promise<Cluster[]> {
  const { duplicateClusters } = ok(await app.gql(CLUSTERS, { filter, first: 100 }, token));
  return duplicateClusters.edges.map((edge: { node: Cluster }) => edge.node);
}

async function createRelations(inputs: Record<string, unknown>[]): Promise<{ id: string; version: number }[]> {
  const { createRelations: items } = ok(
    await app.gql(
      `mutation($i: [RelationInput!]!) { createRelations(inputs: $i) { relation { id version } } }`,
      { i: inputs },
      admin.token,
    ),
  );
  return items.map((item: { relation: { id: string; version: number } }) => item.relation);
}

async function updateRelation(relation: { id: string; version: number }, changes: Record<string, unknown>) {
  ok(
    await app.gql(
      `mutation($i: UpdateRelationInput!) { updateRelation(input: $i) { id } }`,
      { i: { id: relation.id, expectedVersion: relation.version, ...changes } },
      admin.token,
    ),
  );
}

/** Two relations of one company: same registration number and phone, the name typed differently. */
const companyTwice = (name: string, regno: string, phone: string, extra: Record<string, unknown> = {}) => [
  { name: `${name} ApS`, registrationNumber: regno, phone, country: 'DK', city: 'Aarhus', ...extra },
  {
    name: `${name.toUpperCase()} APS`,
    registrationNumber: `DK ${regno}`,
    phone: phone.replace('+45', ''),
    country: 'DK',
    ...extra,
  },
];

const ids = (records: { id: string }[]) => records.map((record) => record.id).sort();

describe('duplicate clusters', () => {
  it('forms one cluster of a duplicate trio, each link with its evidence and reason codes', async () => {
    const [a, b, c] = await createRelations([
      {
        name: 'Fjordlys Bygg AS',
        registrationNumber: '987654321',
        country: 'NO',
        phone: '+47 22 33 44 55',
        email: 'post@fjordlys.no',
        city: 'Oslo',
      },
      { name: 'Fjordlys Bygg', registrationNumber: 'NO 987 654 321', country: 'NO', phone: '22334455', city: 'Oslo' },
      { name: 'FJORDLYS BYGG AS', email: 'post@fjordlys.no', website: 'www.fjordlys.no', country: 'NO' },
    ]);
    const [cluster] = await clusters({ search: 'fjordlys' });
    expect(ids(cluster.members)).toEqual(ids([a, b, c]));
    expect(cluster).toMatchObject({ status: 'OPEN', memberCount: 3 });
    expect(cluster.score).toBeGreaterThanOrEqual(0.9);
    const ab = cluster.pairs.find((pair) => ids([pair.a, pair.b]).join() === ids([a, b]).join())!;
    expect(ab.reasons).toEqual(expect.arrayContaining(['REGNO_EXACT', 'PHONE_EXACT']));
    expect(ab.evidence).toContainEqual({ field: 'email', outcome: 'MISSING', weight: 0, reason: 'EMAIL_MISSING' });
    expect(ab.evidence.find((item) => item.reason === 'REGNO_EXACT')).toMatchObject({
      field: 'registrationNumber',
      outcome: 'AGREE',
    });
    expect(ab.evidence.find((item) => item.reason === 'REGNO_EXACT')!.weight).toBeGreaterThan(10);
  });

  it('never clusters two records that share only a name', async () => {
    await createRelations([
      { name: 'Solbakken Tømrer ApS', country: 'DK', city: 'Aarhus', phone: '+4586111111' },
      { name: 'Solbakken Tømrer ApS', country: 'DK', city: 'Aarhus', phone: '+4586222222' },
    ]);
    expect(await clusters({ search: 'solbakken' })).toEqual([]);
  });

  it('suggests the most complete member as survivor and the values most members agree on', async () => {
    const [full, , bare] = await createRelations([
      {
        name: 'Havbris Fisk AS',
        registrationNumber: '912345678',
        country: 'NO',
        phone: '+4755001122',
        email: 'post@havbris.no',
        city: 'Bergen',
        street: 'Kaien 1',
      },
      {
        name: 'Havbris Fisk',
        registrationNumber: '912345678',
        country: 'NO',
        phone: '+47 55 00 11 22',
        city: 'Bergen',
      },
      { name: 'HAVBRIS FISK AS', registrationNumber: '912 345 678', phone: '55001122', country: 'NO' },
    ]);
    const [cluster] = await clusters({ search: 'havbris' });
    expect(cluster.suggestedSurvivor.id).toBe(full.id);
    const phone = cluster.suggestedValues.find((value) => value.field === 'phone')!;
    expect(phone).toMatchObject({ value: '+4755001122', from: { id: full.id } });
    expect(phone.sources).toHaveLength(3);
    expect(phone.sources.map((source) => source.id)).toContain(bare.id);
  });

  it('takes a record out of its cluster when an edit stops it matching', async () => {
    const [, b] = await createRelations(companyTwice('Kystlinje Maling', '31000011', '+4587111111'));
    expect(await clusters({ search: 'kystlinje' })).toHaveLength(1);
    await updateRelation(b, { registrationNumber: '39999999', phone: '+4587999999' });
    expect(await clusters({ search: 'kystlinje' })).toEqual([]);
  });

  it('clusters a record when an edit makes it match another', async () => {
    const [a, b] = await createRelations([
      { name: 'Birkelund VVS ApS', registrationNumber: '31000022', phone: '+4587222222', country: 'DK' },
      { name: 'Birkelund VVS', country: 'DK', city: 'Vejle' },
    ]);
    expect(await clusters({ search: 'birkelund' })).toEqual([]);
    await updateRelation(b, { registrationNumber: '31000022' });
    const [cluster] = await clusters({ search: 'birkelund' });
    expect(ids(cluster.members)).toEqual(ids([a, b]));
  });

  it('keeps a cluster and its id when a third record joins it', async () => {
    const [a, b] = await createRelations(companyTwice('Granhøj Smed', '31000033', '+4587333333'));
    const [before] = await clusters({ search: 'granhøj' });
    const [c] = await createRelations([{ name: 'Granhøj Smed ApS', phone: '+45 87 33 33 33', country: 'DK' }]);
    const [after] = await clusters({ search: 'granhøj' });
    expect(after.id).toBe(before.id);
    expect(ids(after.members)).toEqual(ids([a, b, c]));
  });

  it('does not bring back a dismissed cluster when its records change', async () => {
    const [a, b] = await createRelations(companyTwice('Lyngbakke Auto', '31000044', '+4587444444'));
    const [cluster] = await clusters({ search: 'lyngbakke' });
    const { dismissDuplicates } = ok(
      await app.gql(
        `mutation($id: ID) { dismissDuplicates(clusterId: $id) { id status } }`,
        { id: cluster.id },
        steward.token,
      ),
    );
    expect(dismissDuplicates).toEqual([{ id: cluster.id, status: 'DISMISSED' }]);
    await updateRelation(b, { city: 'Silkeborg' });
    await updateRelation(a, { city: 'Silkeborg' });
    expect(await clusters({ search: 'lyngbakke' })).toEqual([]);
    expect((await clusters({ search: 'lyngbakke', status: ['DISMISSED'] })).map((c) => c.id)).toEqual([cluster.id]);
  });

  it('takes a dismissed pair out of its cluster and keeps the rest together', async () => {
    const [a, b, c] = await createRelations([
      {
        name: 'Nordvik Rør AS',
        registrationNumber: '923456789',
        phone: '+4722445566',
        email: 'post@nordvikror.no',
        country: 'NO',
      },
      { name: 'Nordvik Rør', registrationNumber: '923456789', country: 'NO' },
      { name: 'Nordvik Rør AS', email: 'post@nordvikror.no', country: 'NO' },
    ]);
    const [before] = await clusters({ search: 'nordvik' });
    const { dismissDuplicates } = ok(
      await app.gql(
        `mutation($pairs: [[ID!]!]) { dismissDuplicates(pairs: $pairs) { id status memberCount } }`,
        { pairs: [[b.id, a.id]] },
        steward.token,
      ),
    );
    expect(dismissDuplicates).toEqual([{ id: before.id, status: 'OPEN', memberCount: 2 }]);
    const [after] = await clusters({ search: 'nordvik' });
    expect(ids(after.members)).toEqual(ids([a, c]));
  });

  it('marks a cluster MERGED for a merge, which takes it out of the OPEN list', async () => {
    const [a, b] = await createRelations(companyTwice('Vesterled Bager', '31000055', '+4587555555'));
    const [cluster] = await clusters({ search: 'vesterled' });
    const recordIds = [a, b].map((record) => fromGlobalId(record.id).id);
    const marked = await transaction(app.dataSource, ({ manager: m }) => markClusterMerged(m, 'RELATION', recordIds));
    expect(marked).toEqual([fromGlobalId(cluster.id).id]);
    expect(await clusters({ search: 'vesterled' })).toEqual([]);
    expect(await clusters({ search: 'vesterled', status: ['MERGED'] })).toMatchObject([
      { id: cluster.id, memberCount: 2 },
    ]);
  });

  it('resolves a cluster by its id with node(id)', async () => {
    await createRelations(companyTwice('Egeskov Tag', '31000066', '+4587666666'));
    const [cluster] = await clusters({ search: 'egeskov' });
    const { node } = ok(
      await app.gql(
        `query($id: ID!) { node(id: $id) { ... on DuplicateCluster { id memberCount } } }`,
        { id: cluster.id },
        steward.token,
      ),
    );
    expect(node).toEqual({ id: cluster.id, memberCount: 2 });
  });
});

describe('duplicatesOf', () => {
  it('answers the candidates of one record with score, reasons and evidence', async () => {
    const [a, b] = await createRelations(companyTwice('Strandvejen Kaffe', '31000077', '+4587777777'));
    const { duplicatesOf } = ok(
      await app.gql(
        `query($id: ID!) { duplicatesOf(id: $id) { record { id } score reasons evidence { field reason } } }`,
        { id: a.id },
        steward.token,
      ),
    );
    expect(duplicatesOf).toHaveLength(1);
    expect(duplicatesOf[0].record.id).toBe(b.id);
    expect(duplicatesOf[0].score).toBeGreaterThan(0.9);
    expect(duplicatesOf[0].reasons).toEqual(expect.arrayContaining(['REGNO_EXACT', 'PHONE_EXACT']));
    expect(duplicatesOf[0].evidence).toHaveLength(12);
  });

  it('leaves out a pair dismissed before', async () => {
    const [a, b] = await createRelations(companyTwice('Møllebakken Is', '31000088', '+4587888888'));
    ok(
      await app.gql(
        `mutation($pairs: [[ID!]!]) { dismissDuplicates(pairs: $pairs) { id } }`,
        { pairs: [[a.id, b.id]] },
        steward.token,
      ),
    );
    const { duplicatesOf } = ok(
      await app.gql(`query($id: ID!) { duplicatesOf(id: $id) { record { id } } }`, { id: a.id }, steward.token),
    );
    expect(duplicatesOf).toEqual([]);
  });
});

describe('duplicateClusters filters', () => {
  it('filters by entity type', async () => {
    const { createContacts } = ok(
      await app.gql(
        `mutation($i: [ContactInput!]!) { createContacts(inputs: $i) { contact { id } } }`,
        {
          i: [
            { firstName: 'Kirsten', lastName: 'Filterberg', email: 'kirsten.filterberg@example.dk' },
            { firstName: 'Kirsten', lastName: 'Filterberg', email: 'kirsten.filterberg@example.dk' },
          ],
        },
        admin.token,
      ),
    );
    await createRelations(companyTwice('Filterberg Tømrer', '31000099', '+4587999000'));
    const contactClusters = await clusters({ search: 'filterberg', entityType: 'CONTACT' });
    expect(contactClusters.map((cluster) => ids(cluster.members))).toEqual([
      ids(createContacts.map((item: { contact: { id: string } }) => item.contact)),
    ]);
  });

  it('filters by status', async () => {
    await createRelations(companyTwice('Statusvej Cykler', '31000111', '+4587000111'));
    const [cluster] = await clusters({ search: 'statusvej' });
    ok(
      await app.gql(
        `mutation($id: ID) { dismissDuplicates(clusterId: $id) { id } }`,
        { id: cluster.id },
        steward.token,
      ),
    );
    expect(await clusters({ search: 'statusvej', status: ['OPEN'] })).toEqual([]);
    expect((await clusters({ search: 'statusvej', status: ['DISMISSED', 'MERGED'] })).map((c) => c.id)).toEqual([
      cluster.id,
    ]);
  });

  it('filters by a division one of the members is in', async () => {
    const south = await app.actor('SALES', 'South');
    await createRelations(
      companyTwice('Divisionsgade Ur', '31000222', '+4587000222', { divisionId: south.divisionId }),
    );
    await createRelations(companyTwice('Divisionsgade Lys', '31000333', '+4587000333'));
    const found = await clusters({ search: 'divisionsgade', divisionId: south.divisionId });
    expect(found.map((cluster) => cluster.label)).toEqual([expect.stringMatching(/Divisionsgade Ur/)]);
  });

  it("filters by the weakest link's score", async () => {
    await createRelations(companyTwice('Scoreby Glas', '31000444', '+4587000444', { email: 'info@scorebyglas.dk' }));
    await createRelations([
      { name: 'Scoreby Maling ApS', email: 'kontor@scorebymaling.dk', country: 'DK' },
      { name: 'Scoreby Maling', email: 'kontor@scorebymaling.dk', country: 'DK' },
    ]);
    const both = await clusters({ search: 'scoreby' });
    expect(both).toHaveLength(2);
    const [weaker, stronger] = [...both].sort((x, y) => x.score - y.score);
    expect(weaker.score).toBeLessThan(stronger.score);
    expect(
      (await clusters({ search: 'scoreby', minScore: (weaker.score + stronger.score) / 2 })).map((c) => c.id),
    ).toEqual([stronger.id]);
  });

  it("finds clusters by words of their members' names", async () => {
    await createRelations(companyTwice('Søgeord Skilte', '31000555', '+4587000555'));
    expect(await clusters({ search: 'søgeord skilte' })).toHaveLength(1);
    expect(await clusters({ search: 'søgeord nowhere' })).toEqual([]);
  });
});

describe('who may see duplicates', () => {
  it('answers FORBIDDEN to SALES users', async () => {
    const sales = await app.actor('SALES', 'North');
    const [a] = await createRelations(companyTwice('Forbudt Flyt', '31000666', '+4587000666'));
    const [cluster] = await clusters({ search: 'forbudt' });
    expect(errorCode(await app.gql(`{ duplicateClusters(first: 1) { totalCount } }`, {}, sales.token))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await app.gql(`query($id: ID!) { duplicatesOf(id: $id) { score } }`, { id: a.id }, sales.token)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await app.gql(
          `mutation($id: ID) { dismissDuplicates(clusterId: $id) { id } }`,
          { id: cluster.id },
          sales.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await app.gql(
          `query($id: ID!) { node(id: $id) { ... on DuplicateCluster { label } } }`,
          { id: cluster.id },
          sales.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('duplicateClusters through DataLoaders', () => {
  it('loads 2 or 6 clusters with members, pairs and suggestions in the same number of statements', async () => {
    for (let n = 0; n < 6; n++)
      await createRelations(
        companyTwice(`Loaderfjord ${String.fromCharCode(97 + n)}lpha`, `3200000${n}`, `+458800000${n}`),
      );
    const statements = async (first: number) => {
      const counter = queryCounter(app.dataSource);
      const before = counter.count;
      const { duplicateClusters } = ok(
        await app.gql(CLUSTERS, { filter: { search: 'loaderfjord' }, first }, steward.token),
      );
      expect(duplicateClusters.edges).toHaveLength(first);
      return counter.count - before;
    };
    expect(await statements(6)).toBe(await statements(2));
  });
});

describe('duplicate clusters within one transaction', () => {
  it('matches a record against what an earlier write of the same transaction made of another, not its first version', async () => {
    const clusterOf = (manager: EntityManager, id: number) =>
      manager.findOneBy(DuplicateClusterMember, { entityType: 'RELATION', recordId: id });
    await transaction(app.dataSource, steward.user, async (uow) => {
      const { manager } = uow;
      const [first] = await relationService.createRelations(uow, [
        { name: 'Skovbo Savværk ApS', email: 'ordre@skovbo-savvaerk.dk', phone: '+45 86 11 22 33', country: 'DK' },
      ]);
      const before = first.record!;
      const after = await relationService.updateRelation(uow, toGlobalId('Relation', before.id), before.version, {
        name: 'Engholm Maskinfabrik A/S',
        email: 'salg@engholm-maskin.dk',
        phone: '+45 97 44 55 66',
      });
      const [likeOld] = await relationService.createRelations(uow, [
        { name: 'Skovbo Savværk', email: 'ordre@skovbo-savvaerk.dk', phone: '86 11 22 33', country: 'DK' },
      ]);
      const [likeNew] = await relationService.createRelations(uow, [
        { name: 'Engholm Maskinfabrik', email: 'salg@engholm-maskin.dk', phone: '97 44 55 66', country: 'DK' },
      ]);
      expect(await clusterOf(manager, likeOld.record!.id)).toBeNull();
      const [memberA, memberB] = [await clusterOf(manager, after.id), await clusterOf(manager, likeNew.record!.id)];
      expect(memberA?.clusterId).toBeDefined();
      expect(memberB?.clusterId).toBe(memberA?.clusterId);
    });
  });
});
