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
const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id).sort();

async function node(id: string, selection: string) {
  return ok(await app.gql(`query($id: ID!) { node(id: $id) { ${selection} } }`, { id }, steward.token)).node;
}

describe('mergeRecords on contacts', () => {
  it('moves the deals, activities and attachments of the merged contacts to the survivor', async () => {
    const [relation] = await make.relations({ name: 'Employer' });
    const [survivor, first, second] = await make.contacts(
      { lastName: 'Holm', firstName: 'Ida', relationId: relation },
      { lastName: 'Holm', firstName: 'I.', relationId: relation },
      { lastName: 'Holm', email: 'ida@holm.dk' },
    );
    const deal = await make.deal(relation, { contactId: first });
    const activity = await make.activity({ contactId: second });
    await make.attachment({ contactId: first });
    ok(await make.merge(survivor, [first, second]));
    const after = await node(
      survivor,
      '... on Contact { email deals { edges { node { id } } } activities { edges { node { id } } } attachments { totalCount } }',
    );
    expect(after).toMatchObject({ email: 'ida@holm.dk', attachments: { totalCount: 1 } });
    expect(ids(after.deals)).toEqual([deal]);
    expect(ids(after.activities)).toEqual([activity]);
    expect(await node(second, '... on Contact { status mergedInto { id } }')).toEqual({
      status: 'MERGED',
      mergedInto: { id: survivor },
    });
  });

  it('takes the relation the survivor works at from the record chosen', async () => {
    const [old, current] = await make.relations({ name: 'Old employer' }, { name: 'New employer' });
    const [survivor, merged] = await make.contacts(
      { lastName: 'Moves', relationId: old },
      { lastName: 'Moves', relationId: current },
    );
    ok(await make.merge(survivor, [merged], [{ field: 'relation', fromId: merged }]));
    expect(await node(survivor, '... on Contact { relation { id } }')).toEqual({ relation: { id: current } });
  });

  it('refuses a reference given as a value: it can only be taken from a record', async () => {
    const [survivor, merged] = await make.contacts({ lastName: 'Owned' }, { lastName: 'Owned' });
    const response = await make.merge(survivor, [merged], [{ field: 'owner', value: steward.id }]);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.fields[0]).toMatchObject({
      field: 'fieldValues.owner',
      code: 'FROM_RECORD_ONLY',
    });
  });

  it('undoes a contact merge to the exact database state of before it', async () => {
    const [relation] = await make.relations({ name: 'Undo employer', country: 'DK' });
    const [survivor, merged] = await make.contacts(
      { lastName: 'Lund', phone: '12345678', relationId: relation, tags: ['golf'] },
      { lastName: 'LUND', email: 'lund@lund.dk', phone: '+4587654321', tags: ['wine'] },
    );
    await make.activity({ contactId: merged });
    const before = await dump();
    const merge = ok(
      await make.merge(
        survivor,
        [merged],
        [
          { field: 'lastName', fromId: merged },
          { field: 'phone', fromId: merged },
        ],
      ),
    ).mergeRecords;
    ok(await make.undo(merge.id));
    expect(await dump()).toEqual(before);
  });
});

describe('mergeRecords on leads', () => {
  it('moves the activities, attachments and tags of the merged leads to the survivor', async () => {
    const survivor = await make.lead({ lastName: 'Dam', email: 'dam@dam.nl', tags: ['beurs'] });
    const merged = await make.lead({ lastName: 'Dam', phone: '+31612345678', tags: ['webinar'] });
    const activity = await make.activity({ leadId: merged });
    await make.attachment({ leadId: merged });
    ok(await make.merge(survivor, [merged]));
    const after = await node(
      survivor,
      '... on Lead { phone tags { name } activities { edges { node { id } } } attachments { totalCount } }',
    );
    expect(after).toMatchObject({
      phone: '+31612345678',
      tags: [{ name: 'beurs' }, { name: 'webinar' }],
      attachments: { totalCount: 1 },
    });
    expect(ids(after.activities)).toEqual([activity]);
    expect(await node(merged, '... on Lead { status mergedInto { id } }')).toEqual({
      status: 'MERGED',
      mergedInto: { id: survivor },
    });
  });

  it('leaves merged leads out of the lead list unless the status filter asks for MERGED', async () => {
    const survivor = await make.lead({ lastName: 'Inboxonly', email: 'a@inbox.dk' });
    const merged = await make.lead({ lastName: 'Inboxonly', email: 'b@inbox.dk' });
    ok(await make.merge(survivor, [merged]));
    const list = (status?: string[]) =>
      app.gql(
        `query($f: LeadFilter) { leads(filter: $f) { edges { node { id } } } }`,
        { f: { search: 'Inboxonly', status } },
        steward.token,
      );
    expect(ids(ok(await list()).leads)).toEqual([survivor]);
    expect(ids(ok(await list(['MERGED'])).leads)).toEqual([merged]);
  });

  it('refuses field values that would leave the lead without a way to reach it', async () => {
    const survivor = await make.lead({ lastName: 'Reachable', email: 'r@reach.dk' });
    const merged = await make.lead({ lastName: 'Reachable', email: 's@reach.dk' });
    const response = await make.merge(survivor, [merged], [{ field: 'email', value: '' }]);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.fields[0]).toMatchObject({ field: 'fieldValues.email', code: 'REQUIRED' });
  });

  it('refuses a literal value the field cannot hold', async () => {
    const survivor = await make.lead({ lastName: 'Typo', email: 't@typo.dk' });
    const merged = await make.lead({ lastName: 'Typo', email: 'u@typo.dk' });
    const response = await make.merge(survivor, [merged], [{ field: 'email', value: 'not an address' }]);
    expect(response.errors![0].extensions!.fields[0]).toMatchObject({
      field: 'fieldValues.email',
      code: 'EMAIL_INVALID',
    });
  });

  it('undoes a lead merge to the exact database state of before it', async () => {
    const survivor = await make.lead({
      firstName: 'Jan',
      lastName: 'de Vries',
      email: 'jan@devries.nl',
      country: 'NL',
      tags: ['beurs'],
    });
    const first = await make.lead({
      firstName: 'Jan',
      lastName: 'De Vries',
      phone: '0612345678',
      country: 'NL',
      companyName: 'De Vries BV',
      tags: ['beurs', 'vip'],
    });
    const second = await make.lead({ lastName: 'Vries', email: 'info@devries.nl' });
    await make.activity({ leadId: first });
    await make.attachment({ leadId: second });
    const before = await dump();
    const merge = ok(
      await make.merge(
        survivor,
        [first, second],
        [
          { field: 'companyName', fromId: first },
          { field: 'kind', value: 'BUSINESS' },
        ],
      ),
    ).mergeRecords;
    ok(await make.undo(merge.id));
    expect(await dump()).toEqual(before);
  });
});
