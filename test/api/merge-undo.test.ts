import { dumpDatabase, MERGE_LOG_TABLES } from '../support/database-dump';
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

const dump = () => dumpDatabase(app.dataSource, MERGE_LOG_TABLES);

const updateRelation = (input: Record<string, unknown>) =>
  app.gql(
    `mutation($i: UpdateRelationInput!) { updateRelation(input: $i) { id version } }`,
    { i: input },
    steward.token,
  );

async function relation(id: string) {
  return ok(
    await app.gql(
      `query($id: ID!) { node(id: $id) { ... on Relation { name city email version status } } }`,
      { id },
      steward.token,
    ),
  ).node;
}

describe('undoMerge', () => {
  it('restores the exact database state of before the merge', async () => {
    const south = await app.actor('SALES', 'South');
    const [survivor, first, second, earlier] = await make.relations(
      { name: 'Fjord Fisk', country: 'DK', phone: '12', email: 'post@fjordfisk.dk', tags: ['fair'] },
      { name: 'FJORD FISK AS', country: 'NO', customerNumber: 'K-100', phone: '+4791234567', tags: ['vip', 'fair'] },
      {
        name: 'Fjord Fisk A/S',
        city: 'Tromsø',
        divisionId: south.divisionId,
        ownerId: south.id,
        email: 'salg@fjordfisk.no',
        tags: ['newsletter'],
      },
      { name: 'Fjord Fisk (old)', registrationNumber: '123' },
    );
    ok(await make.merge(first, [earlier]));
    const [employee] = await make.contacts(
      { lastName: 'Olsen', phone: '98765432', relationId: survivor },
      { lastName: 'Berg', phone: '+4740000000', relationId: first },
    );
    const [moved] = await make.contacts({ lastName: 'Moved', email: 'moved@fjordfisk.no', relationId: first });
    await make.deal(first, { title: 'Salmon deal', contactId: moved });
    await make.activity({ relationId: second });
    await make.activity({ contactId: moved });
    await make.attachment({ relationId: first });
    const lead = await make.lead({ lastName: 'Fisk', companyName: 'Fjord Fisk', email: 'lead@fjordfisk.no' });
    ok(
      await app.gql(
        `mutation($input: ConvertLeadInput!) { convertLead(input: $input) { lead { id } } }`,
        {
          input: {
            leadId: lead,
            target: 'CLIENT',
            relation: { choice: 'EXISTING', relationId: second },
            activity: { choice: 'NONE' },
          },
        },
        steward.token,
      ),
    );
    const { node } = ok(
      await app.gql(
        `query($id: ID!) { node(id: $id) { ... on Relation { findings { id } } } }`,
        { id: survivor },
        steward.token,
      ),
    );
    ok(
      await app.gql(
        `mutation($id: ID!) { ignoreFinding(findingId: $id, reason: "Internal number") { id } }`,
        { id: node.findings[0].id },
        steward.token,
      ),
    );
    expect(employee).toBeDefined();

    const before = await dump();
    const merge = ok(
      await make.merge(
        survivor,
        [first, second],
        [
          { field: 'name', fromId: second },
          { field: 'customerNumber', fromId: first },
          { field: 'country', fromId: first },
          { field: 'phone', fromId: first },
          { field: 'city', value: 'Tromsø' },
          { field: 'division', fromId: second },
          { field: 'owner', fromId: second },
        ],
      ),
    ).mergeRecords;
    expect(await dump()).not.toEqual(before);
    ok(await make.undo(merge.id));
    expect(await dump()).toEqual(before);
  });

  it('reopens the duplicate cluster the merge closed, exactly as it was', async () => {
    const [survivor, merged] = await make.relations(
      {
        name: 'Nordisk Tømrer ApS',
        registrationNumber: '13585628',
        country: 'DK',
        city: 'København',
        phone: '+4533123456',
      },
      {
        name: 'Nordisk Tomrer',
        registrationNumber: '13585628',
        country: 'DK',
        city: 'Kobenhavn',
        phone: '+4533123456',
      },
    );
    const before = await dump();
    expect(before.duplicate_cluster).toEqual([expect.objectContaining({ status: 'OPEN', memberCount: 2 })]);
    const merge = ok(await make.merge(survivor, [merged])).mergeRecords;
    expect((await dump()).duplicate_cluster).toEqual([expect.objectContaining({ status: 'MERGED' })]);
    ok(await make.undo(merge.id));
    expect(await dump()).toEqual(before);
  });

  it('keeps an edit made since the merge to a field the merge did not set', async () => {
    const [survivor, merged] = await make.relations({ name: 'Keep' }, { name: 'Keep A/S', email: 'keep@keep.dk' });
    const merge = ok(await make.merge(survivor, [merged])).mergeRecords;
    const { version } = await relation(survivor);
    ok(await updateRelation({ id: survivor, expectedVersion: version, city: 'Kolding' }));
    ok(await make.undo(merge.id));
    expect(await relation(survivor)).toMatchObject({
      name: 'Keep',
      city: 'Kolding',
      email: null,
      version: version + 2,
    });
    expect(await relation(merged)).toMatchObject({ status: 'ACTIVE', email: 'keep@keep.dk' });
  });

  it('refuses with CONFLICT, changing nothing, when the survivor has since changed a field the merge set', async () => {
    const [survivor, merged] = await make.relations({ name: 'Clash' }, { name: 'Clash A/S', email: 'clash@clash.dk' });
    const merge = ok(await make.merge(survivor, [merged])).mergeRecords;
    const { version } = await relation(survivor);
    ok(await updateRelation({ id: survivor, expectedVersion: version, email: 'new@clash.dk' }));
    const before = await dump();
    const response = await make.undo(merge.id);
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0].message).toMatch(new RegExp(`Relation ${survivor} changed email`));
    expect(await dump()).toEqual(before);
  });

  it('refuses with CONFLICT when a record it moved has been moved on since', async () => {
    const [survivor, merged, elsewhere] = await make.relations(
      { name: 'Moved on' },
      { name: 'Moved on 2' },
      { name: 'Elsewhere' },
    );
    const [contact] = await make.contacts({ lastName: 'Wanderer', relationId: merged });
    const merge = ok(await make.merge(survivor, [merged])).mergeRecords;
    const [{ version }] = await make.versions([contact]);
    ok(
      await app.gql(
        `mutation($i: UpdateContactInput!) { updateContact(input: $i) { id } }`,
        { i: { id: contact, expectedVersion: version, relationId: elsewhere } },
        steward.token,
      ),
    );
    const response = await make.undo(merge.id);
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0].message).toMatch(new RegExp(`Contact ${contact} changed relationId`));
  });

  it('refuses with CONFLICT while the survivor is merged into another record, until that merge is undone', async () => {
    const [survivor, merged, final] = await make.relations({ name: 'Chain' }, { name: 'Chain 2' }, { name: 'Chain 3' });
    const first = ok(await make.merge(survivor, [merged])).mergeRecords;
    const second = ok(await make.merge(final, [survivor])).mergeRecords;
    const response = await make.undo(first.id);
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0].message).toMatch(/has since been merged/);
    ok(await make.undo(second.id));
    ok(await make.undo(first.id));
    expect(await relation(merged)).toMatchObject({ status: 'ACTIVE' });
  });

  it('refuses to undo a merge twice with CONFLICT', async () => {
    const [survivor, merged] = await make.relations({ name: 'Once' }, { name: 'Once 2' });
    const merge = ok(await make.merge(survivor, [merged])).mergeRecords;
    ok(await make.undo(merge.id));
    const response = await make.undo(merge.id);
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0].message).toMatch(/undone already/);
  });

  it('records who undid the merge and when; mergeHistory still lists it', async () => {
    const [survivor, merged] = await make.relations({ name: 'Undone' }, { name: 'Undone 2' });
    const merge = ok(await make.merge(survivor, [merged])).mergeRecords;
    const { undoMerge } = ok(await make.undo(merge.id, 'id undoneAt undoneBy { id }'));
    expect(undoMerge.undoneBy).toEqual({ id: steward.id });
    const { mergeHistory } = ok(
      await app.gql(`query($id: ID!) { mergeHistory(recordId: $id) { id undoneAt } }`, { id: merged }, steward.token),
    );
    expect(mergeHistory).toEqual([{ id: merge.id, undoneAt: undoMerge.undoneAt }]);
  });

  it('keeps a tag the survivor got from a record a later merge still holds merged into it', async () => {
    const [survivor, first, second] = await make.relations({ name: 'Tags' }, { name: 'Tags 2' }, { name: 'Tags 3' });
    await make.tag(first, 'campaign');
    await make.tag(second, 'campaign');
    const merge = ok(await make.merge(survivor, [first])).mergeRecords;
    ok(await make.merge(survivor, [second]));
    ok(await make.undo(merge.id));
    const { node } = ok(
      await app.gql(
        `query($id: ID!) { node(id: $id) { ... on Relation { tags { name } } } }`,
        { id: survivor },
        steward.token,
      ),
    );
    expect(node.tags).toEqual([{ name: 'campaign' }]);
  });

  it('refuses SALES users with FORBIDDEN', async () => {
    const sales = await app.actor('SALES', 'North');
    const [survivor, merged] = await make.relations({ name: 'Not yours' }, { name: 'Not yours 2' });
    const merge = ok(await make.merge(survivor, [merged])).mergeRecords;
    expect(errorCode(await mergeFixtures(app, sales.token).undo(merge.id))).toBe('FORBIDDEN');
  });
});
