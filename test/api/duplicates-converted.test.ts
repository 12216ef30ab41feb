import { Lead } from '../../src/entities';
import { LeadStatus } from '../../src/entities/enums';
import { scanDuplicates } from '../../src/quality/duplicates/scan-duplicates.service';
import { fromGlobalId } from '../../src/schema/global-id';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let steward: Actor;

beforeAll(async () => {
  app = await startTestApp();
  steward = await app.actor('STEWARD', 'North');
});
afterAll(() => app.close());

/** Three leads of one person, typed in three times; each test has a person of its own. */
async function personThrice(firstName: string, lastName: string, phone: string): Promise<string[]> {
  const { createLeads } = ok(
    await app.gql(
      'mutation($inputs: [LeadInput!]!) { createLeads(inputs: $inputs) { lead { id } errors { message } } }',
      {
        inputs: ['', ' ', '  '].map((space) => ({
          firstName,
          lastName,
          email: `${firstName}@${lastName}.dk`.toLowerCase(),
          phone: `${phone}${space}`,
          birthDate: '1985-04-17',
          country: 'DK',
        })),
      },
      steward.token,
    ),
  );
  return createLeads.map((item: { lead: { id: string } }) => item.lead.id);
}

/** The members of the OPEN lead clusters holding any of these leads. */
async function openClustersOf(leadIds: string[]): Promise<string[][]> {
  const { duplicateClusters } = ok(
    await app.gql(
      '{ duplicateClusters(first: 100, filter: { entityType: LEAD }) { edges { node { status members { id } } } } }',
      {},
      steward.token,
    ),
  );
  return duplicateClusters.edges
    .map((edge: { node: { members: { id: string }[] } }) => edge.node.members.map((member) => member.id).sort())
    .filter((members: string[]) => members.some((id) => leadIds.includes(id)));
}

async function duplicatesOf(id: string): Promise<string[]> {
  const { duplicatesOf: candidates } = ok(
    await app.gql('query($id: ID!) { duplicatesOf(id: $id) { record { id } } }', { id }, steward.token),
  );
  return candidates.map((candidate: { record: { id: string } }) => candidate.record.id).sort();
}

const quickConvert = async (leadId: string) =>
  ok(
    await app.gql(
      'mutation($id: ID!) { quickConvertLead(leadId: $id) { lead { status } } }',
      { id: leadId },
      steward.token,
    ),
  ).quickConvertLead;

describe('a converted lead and the duplicate clusters', () => {
  it('leaves its OPEN cluster when converted; the others stay clustered', async () => {
    const [converted, ...others] = await personThrice('Karen', 'Blixen', '+45 40 12 34 56');
    expect(await openClustersOf([converted])).toEqual([[converted, ...others].sort()]);
    expect((await quickConvert(converted)).lead.status).toBe('CONVERTED');
    expect(await openClustersOf([converted, ...others])).toEqual([others.sort()]);
  });

  it('is no candidate of duplicatesOf once converted, and has none itself', async () => {
    const [converted, other] = await personThrice('Tove', 'Ditlevsen', '+45 50 23 45 67');
    expect(await duplicatesOf(other)).toContain(converted);
    await quickConvert(converted);
    expect(await duplicatesOf(other)).not.toContain(converted);
    expect(await duplicatesOf(converted)).toEqual([]);
  });

  it('stays out of the clusters a full scan forms, also when it was converted around the API', async () => {
    const [converted, aroundApi, other] = await personThrice('Inger', 'Christensen', '+45 60 34 56 78');
    await quickConvert(converted);
    await app.dataSource
      .getRepository(Lead)
      .update({ id: fromGlobalId(aroundApi).id }, { status: LeadStatus.CONVERTED, convertedAt: new Date() });
    await scanDuplicates(app.dataSource, { entityTypes: ['LEAD'] });
    expect(await openClustersOf([converted, aroundApi, other])).toEqual([]);
    expect(await duplicatesOf(other)).toEqual([]);
  });

  it('cannot be merged: mergeRecords answers BAD_USER_INPUT and changes nothing', async () => {
    const [converted, open] = await personThrice('Sophus', 'Claussen', '+45 70 45 67 89');
    await quickConvert(converted);
    const versions = await app.dataSource
      .getRepository(Lead)
      .findBy([{ id: fromGlobalId(converted).id }, { id: fromGlobalId(open).id }]);
    const expectedVersions = versions.map((lead) => ({ id: lead.globalId, version: lead.version }));
    const response = await app.gql(
      'mutation($input: MergeRecordsInput!) { mergeRecords(input: $input) { id } }',
      { input: { survivorId: open, mergedIds: [converted], expectedVersions } },
      steward.token,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toMatch(
      /is converted already, into relation \S+, and is no duplicate to merge/,
    );
    expect(response.errors![0].extensions!.field).toBe('mergedIds');
    const lead = await app.dataSource.getRepository(Lead).findOneByOrFail({ id: fromGlobalId(converted).id });
    expect(lead.status).toBe('CONVERTED');
  });
});
