import { MatchKey } from '../../src/entities';
import { matchKeyHash } from '../../src/quality/matching/match-key-hash';
import { fromGlobalId } from '../../src/schema/global-id';
import { dumpDatabase } from '../support/database-dump';
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

const RELATION = `id name email phone city status version
  mergedInto { id }
  contacts { edges { node { id } } }
  deals { edges { node { id } } }
  activities { edges { node { id } } }
  attachments { edges { node { id } } }
  tags { name }
  alternateValues { field value }`;

async function relation(id: string) {
  return ok(
    await app.gql(`query($id: ID!) { node(id: $id) { ... on Relation { ${RELATION} } } }`, { id }, steward.token),
  ).node;
}

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id).sort();
const names = (tags: { name: string }[]) => tags.map((tag) => tag.name);

describe('mergeRecords on relations', () => {
  it('moves the contacts, deals, activities and attachments of the merged relation to the survivor', async () => {
    const [survivor, merged] = await make.relations({ name: 'Café Jansen' }, { name: 'Cafe Jansen' });
    const [contact] = await make.contacts({ lastName: 'Jansen', relationId: merged });
    const deal = await make.deal(merged);
    const activity = await make.activity({ relationId: merged });
    await make.attachment({ relationId: merged });
    ok(await make.merge(survivor, [merged]));
    const after = await relation(survivor);
    expect(ids(after.contacts)).toEqual([contact]);
    expect(ids(after.deals)).toEqual([deal]);
    expect(ids(after.activities)).toEqual([activity]);
    expect(after.attachments.edges).toHaveLength(1);
    expect((await relation(merged)).attachments.edges).toHaveLength(0);
  });

  it('merges five relations at once, every one of their records ending on the survivor', async () => {
    const [survivor, ...merged] = await make.relations(
      ...['Nordisk', 'Nordisk A/S', 'Nordisk AS', 'Nordisk ApS', 'Nordisk I/S'].map((name) => ({ name })),
    );
    const contacts = await make.contacts(...merged.map((relationId, n) => ({ lastName: `Person ${n}`, relationId })));
    const deals: string[] = [];
    const activities: string[] = [];
    for (const relationId of merged) {
      deals.push(await make.deal(relationId));
      activities.push(await make.activity({ relationId }));
    }
    ok(await make.merge(survivor, merged));
    const after = await relation(survivor);
    expect(ids(after.contacts)).toEqual(contacts.sort());
    expect(ids(after.deals)).toEqual(deals.sort());
    expect(ids(after.activities)).toEqual(activities.sort());
    for (const id of merged)
      expect(await relation(id)).toMatchObject({ status: 'MERGED', mergedInto: { id: survivor } });
  });

  it('points leads converted into a merged relation at the survivor', async () => {
    const [survivor, merged] = await make.relations({ name: 'Hansen VVS' }, { name: 'Hansen V.V.S.' });
    const lead = await make.lead({ lastName: 'Hansen', companyName: 'Hansen VVS', email: 'jens@hansen-vvs.dk' });
    const input = {
      leadId: lead,
      target: 'CLIENT',
      relation: { choice: 'EXISTING', relationId: merged },
      activity: { choice: 'NONE' },
    };
    ok(
      await app.gql(
        `mutation($input: ConvertLeadInput!) { convertLead(input: $input) { lead { id } } }`,
        { input },
        steward.token,
      ),
    );
    ok(await make.merge(survivor, [merged]));
    const { node } = ok(
      await app.gql(
        `query($id: ID!) { node(id: $id) { ... on Lead { relation { id } } } }`,
        { id: lead },
        steward.token,
      ),
    );
    expect(node.relation.id).toBe(survivor);
  });

  it('gives the survivor the union of all tags', async () => {
    const [survivor, first, second] = await make.relations(
      { name: 'Tagged' },
      { name: 'Tagged 2' },
      { name: 'Tagged 3' },
    );
    await make.tag(survivor, 'fair', 'webinar');
    await make.tag(first, 'webinar', 'newsletter');
    await make.tag(second, 'vip');
    ok(await make.merge(survivor, [first, second]));
    expect(names((await relation(survivor)).tags)).toEqual(['fair', 'newsletter', 'vip', 'webinar']);
  });

  it('takes a field value from the record it is chosen from', async () => {
    const [survivor, merged] = await make.relations(
      { name: 'Berg Bygg', city: 'Oslo' },
      { name: 'Berg Bygg AS', city: 'Bergen' },
    );
    ok(await make.merge(survivor, [merged], [{ field: 'name', fromId: merged }]));
    expect(await relation(survivor)).toMatchObject({ name: 'Berg Bygg AS', city: 'Oslo' });
  });

  it('sets a field value given literally', async () => {
    const [survivor, merged] = await make.relations(
      { name: 'Holm', city: 'Arhus' },
      { name: 'Holm ApS', city: 'Aarhuus' },
    );
    ok(await make.merge(survivor, [merged], [{ field: 'city', value: ' Aarhus ' }]));
    expect((await relation(survivor)).city).toBe('Aarhus');
  });

  it('fills a field the survivor lacks from the first merged record that has it', async () => {
    const [survivor, first, second] = await make.relations(
      { name: 'Blank' },
      { name: 'Blank 2' },
      { name: 'Blank 3', phone: '+4512345678' },
    );
    ok(await make.merge(survivor, [first, second]));
    expect((await relation(survivor)).phone).toBe('+4512345678');
  });

  it('keeps the e-mails and phones it did not pick as alternate values', async () => {
    const [survivor, merged] = await make.relations(
      { name: 'Reach', email: 'info@reach.dk', phone: '+4511111111' },
      { name: 'Reach', email: 'sales@reach.dk', phone: '+4522222222' },
    );
    ok(await make.merge(survivor, [merged], [{ field: 'email', fromId: merged }]));
    const after = await relation(survivor);
    expect(after).toMatchObject({ email: 'sales@reach.dk', phone: '+4511111111' });
    expect(after.alternateValues).toEqual(
      expect.arrayContaining([
        { field: 'email', value: 'info@reach.dk' },
        { field: 'phone', value: '+4522222222' },
      ]),
    );
  });

  it("keeps no alternate value that is the survivor's value written otherwise: phones, e-mails, registration numbers", async () => {
    const [survivor, merged, third] = await make.relations(
      {
        name: 'Same Number',
        country: 'NL',
        phone: '+31201234567',
        email: 'info@same.nl',
        registrationNumber: '12345678',
      },
      {
        name: 'Same Number',
        country: 'NL',
        phone: '020 123 4567',
        email: 'INFO@same.nl',
        registrationNumber: 'NL 1234 5678',
      },
      { name: 'Same Number', country: 'NL', phone: '020 765 4321' },
    );
    ok(await make.merge(survivor, [merged, third]));
    const after = await relation(survivor);
    expect(after.phone).toBe('+31201234567');
    expect(after.alternateValues).toEqual([{ field: 'phone', value: '020 765 4321' }]);
  });

  it('files the survivor under its alternate values too, so they find it as duplicate candidates', async () => {
    const [survivor, merged] = await make.relations(
      { name: 'Evidence', email: 'info@evidence.dk' },
      { name: 'Evidence', email: 'sales@evidence.dk' },
    );
    ok(await make.merge(survivor, [merged]));
    const keys = await app.dataSource
      .getRepository(MatchKey)
      .findBy({ entityType: 'RELATION', recordId: fromGlobalId(survivor).id });
    expect(keys.map((k) => k.key)).toEqual(
      expect.arrayContaining(['email:info@evidence.dk', 'email:sales@evidence.dk'].map(matchKeyHash)),
    );
  });

  it("keeps a steward's ignore of a merged relation's finding when the survivor takes the value it was about", async () => {
    const [survivor, merged] = await make.relations(
      { name: 'Ignored', country: 'DK' },
      { name: 'Ignored', country: 'DK', phone: '12' },
    );
    const findings = async (id: string) =>
      (
        await app.gql(
          `query($id: ID!) { node(id: $id) { ... on Relation { findings(includeIgnored: true) { id code ignored ignoredReason } } } }`,
          { id },
          steward.token,
        )
      ).data!.node.findings;
    const [finding] = (await findings(merged)).filter((f: { code: string }) => f.code === 'PHONE_INVALID');
    ok(
      await app.gql(
        `mutation($id: ID!) { ignoreFinding(findingId: $id, reason: "Internal extension") { id } }`,
        { id: finding.id },
        steward.token,
      ),
    );
    ok(await make.merge(survivor, [merged]));
    expect(await findings(survivor)).toEqual([
      expect.objectContaining({ code: 'PHONE_INVALID', ignored: true, ignoredReason: 'Internal extension' }),
    ]);
  });

  it('leaves the merged relations answering node(id), MERGED and pointing at the survivor', async () => {
    const [survivor, merged] = await make.relations({ name: 'Still here' }, { name: 'Still here too' });
    ok(await make.merge(survivor, [merged]));
    expect(await relation(merged)).toMatchObject({
      id: merged,
      name: 'Still here too',
      status: 'MERGED',
      mergedInto: { id: survivor },
    });
  });

  it('leaves merged relations out of the relations list unless asked for', async () => {
    const [survivor, merged] = await make.relations({ name: 'Listed Zebra' }, { name: 'Listed Zebra 2' });
    ok(await make.merge(survivor, [merged]));
    const list = (status?: string[]) =>
      app.gql(
        `query($f: RelationFilter) { relations(filter: $f) { edges { node { id } } } }`,
        { f: { search: 'Listed Zebra', status } },
        steward.token,
      );
    expect(ids(ok(await list()).relations)).toEqual([survivor]);
    expect(ids(ok(await list(['MERGED'])).relations)).toEqual([merged]);
  });

  it('answers the recorded merge: survivor, merged records, field values, when and by whom', async () => {
    const [survivor, merged] = await make.relations({ name: 'Recorded' }, { name: 'Recorded A/S', city: 'Vejle' });
    const { mergeRecords } = ok(
      await make.merge(
        survivor,
        [merged],
        [{ field: 'name', fromId: merged }],
        'id survivor { id } merged { id } fieldValues { field value from { id } } createdAt createdBy { id } undoneAt',
      ),
    );
    expect(mergeRecords).toMatchObject({
      survivor: { id: survivor },
      merged: [{ id: merged }],
      createdBy: { id: steward.id },
      undoneAt: null,
    });
    expect(mergeRecords.fieldValues).toEqual([
      { field: 'name', value: 'Recorded A/S', from: { id: merged } },
      { field: 'city', value: 'Vejle', from: { id: merged } },
    ]);
    expect(Date.parse(mergeRecords.createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses a stale expectedVersions entry with CONFLICT and changes nothing', async () => {
    const [survivor, merged] = await make.relations({ name: 'Stale' }, { name: 'Stale 2' });
    await make.contacts({ lastName: 'Stale', relationId: merged });
    const expectedVersions = await make.versions([survivor, merged]);
    ok(
      await app.gql(
        `mutation($i: UpdateRelationInput!) { updateRelation(input: $i) { id } }`,
        { i: { id: merged, expectedVersion: 1, city: 'Ribe' } },
        steward.token,
      ),
    );
    const before = await dumpDatabase(app.dataSource);
    const response = await app.gql(
      `mutation($input: MergeRecordsInput!) { mergeRecords(input: $input) { id } }`,
      { input: { survivorId: survivor, mergedIds: [merged], expectedVersions } },
      steward.token,
    );
    expect(errorCode(response)).toBe('CONFLICT');
    expect(await dumpDatabase(app.dataSource)).toEqual(before);
  });

  it('refuses an unknown field with BAD_USER_INPUT naming it', async () => {
    const [survivor, merged] = await make.relations({ name: 'Unknown' }, { name: 'Unknown 2' });
    const response = await make.merge(survivor, [merged], [{ field: 'shoeSize', value: '44' }]);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.fields[0]).toMatchObject({
      field: 'fieldValues.shoeSize',
      code: 'UNKNOWN_FIELD',
    });
  });

  it('refuses a field value with both fromId and value', async () => {
    const [survivor, merged] = await make.relations({ name: 'Both' }, { name: 'Both 2' });
    const response = await make.merge(survivor, [merged], [{ field: 'name', fromId: merged, value: 'Both 3' }]);
    expect(response.errors![0].extensions!.fields[0]).toMatchObject({ field: 'fieldValues.name', code: 'ONE_OF' });
  });

  it('refuses a merged relation as input', async () => {
    const [survivor, merged, third] = await make.relations({ name: 'Twice' }, { name: 'Twice 2' }, { name: 'Twice 3' });
    ok(await make.merge(survivor, [merged]));
    const response = await make.merge(third, [merged]);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toMatch(/merged already/);
  });

  it('refuses records of another type among the merged ones', async () => {
    const [survivor] = await make.relations({ name: 'Mixed' });
    const [contact] = await make.contacts({ lastName: 'Mixed' });
    const response = await app.gql(
      `mutation($input: MergeRecordsInput!) { mergeRecords(input: $input) { id } }`,
      {
        input: { survivorId: survivor, mergedIds: [contact], expectedVersions: [{ id: survivor, version: 1 }] },
      },
      steward.token,
    );
    expect(response.errors![0].extensions!.fields[0]).toMatchObject({ field: 'mergedIds', code: 'INVALID_ID' });
  });

  it('refuses SALES users with FORBIDDEN', async () => {
    const sales = await app.actor('SALES', 'North');
    const [survivor, merged] = await make.relations({ name: 'Sales' }, { name: 'Sales 2' });
    const response = await mergeFixtures(app, sales.token).merge(survivor, [merged]);
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it('lists the merges a relation took part in with mergeHistory, newest first', async () => {
    const [survivor, first, second, other] = await make.relations(
      { name: 'History' },
      { name: 'History 2' },
      { name: 'History 3' },
      { name: 'Other' },
    );
    const one = ok(await make.merge(survivor, [first])).mergeRecords.id;
    const two = ok(await make.merge(survivor, [second])).mergeRecords.id;
    const history = (id: string) =>
      app.gql(`query($id: ID!) { mergeHistory(recordId: $id) { id } }`, { id }, steward.token);
    expect(ok(await history(survivor)).mergeHistory).toEqual([{ id: two }, { id: one }]);
    expect(ok(await history(first)).mergeHistory).toEqual([{ id: one }]);
    expect(ok(await history(other)).mergeHistory).toEqual([]);
  });
});

describe('who reads a merge', () => {
  it('answers node(id) of a Merge to a STEWARD and refuses it to SALES, whatever their division', async () => {
    const [survivor, merged] = await make.relations({ name: 'Kontor Alfa ApS' }, { name: 'Kontor Alfa' });
    const mergeId = ok(await make.merge(survivor, [merged])).mergeRecords.id;
    const read = `query($id: ID!) { node(id: $id) { id ... on Merge { survivor { id } } } }`;
    expect(ok(await app.gql(read, { id: mergeId }, steward.token)).node).toEqual({
      id: mergeId,
      survivor: { id: survivor },
    });
    const seller = await app.actor('SALES', 'North');
    expect(errorCode(await app.gql(read, { id: mergeId }, seller.token))).toBe('FORBIDDEN');
    expect(
      errorCode(await app.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [mergeId] }, seller.token)),
    ).toBe('FORBIDDEN');
  });
});
