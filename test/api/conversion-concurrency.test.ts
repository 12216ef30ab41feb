import { NumberSeries } from '../../src/entities';
import { convertLead, prospect, quickConvertLead } from '../support/conversion-fixtures';
import { ok, startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../support/test-app';

const PARALLEL = 20;

let app: TestApp;
let sales: Actor;
let admin: Actor;

beforeAll(async () => {
  app = await startTestApp();
  sales = await app.actor('SALES', 'North');
  admin = await app.actor('ADMIN', 'North');
});
afterAll(() => app.close());

/** PARALLEL new business leads, each unlike the others. */
async function newLeads(label: string): Promise<string[]> {
  const inputs = Array.from({ length: PARALLEL }, (_, n) => ({ ...prospect(`${label}-${n}`), tags: ['parallel'] }));
  const { createLeads } = ok(
    await app.gql(
      `mutation($i: [LeadInput!]!) { createLeads(inputs: $i) { lead { id } } }`,
      { i: inputs },
      sales.token,
    ),
  );
  return createLeads.map((item: { lead: { id: string } }) => item.lead.id);
}

/** Every answer is a result, none an error; the relations' customer numbers. */
function customerNumbers(responses: GraphQLResponse[], field: string): (string | null)[] {
  expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
  return responses.map((response) => response.data![field].relation.customerNumber as string | null);
}

const consecutive = (prefix: string, first: number) =>
  Array.from({ length: PARALLEL }, (_, n) => `${prefix}${first + n}`);
const byNumber = (numbers: (string | null)[], prefix: string) =>
  [...numbers].sort((a, b) => Number(a!.slice(prefix.length)) - Number(b!.slice(prefix.length)));
const nextNumberOf = async (name: string) =>
  (await app.dataSource.getRepository(NumberSeries).findOneByOrFail({ name })).nextNumber;

// On MariaDB the conversions run in transactions of their own at once (and some lose deadlocks and run again);
// on SQLite they queue.
describe(`${PARALLEL} conversions at once`, () => {
  it('on a new database, one-click, give distinct consecutive numbers from the default series', async () => {
    const leadIds = await newLeads('default');
    const responses = await Promise.all(leadIds.map((leadId) => quickConvertLead(app, sales.token, leadId)));
    const numbers = customerNumbers(responses, 'quickConvertLead');
    expect(byNumber(numbers, 'C-')).toEqual(consecutive('C-', 10001));
    expect(await nextNumberOf('Customers')).toBe(10001 + PARALLEL);
  });

  it('naming a series an ADMIN created, give distinct consecutive numbers from it', async () => {
    const { createNumberSeries: series } = ok(
      await app.gql(
        `mutation { createNumberSeries(input: { name: "Parallel", prefix: "K", nextNumber: 1 }) { id } }`,
        {},
        admin.token,
      ),
    );
    const leadIds = await newLeads('named');
    const responses = await Promise.all(
      leadIds.map((leadId) =>
        convertLead(app, sales.token, {
          leadId,
          target: 'CONTACT',
          relation: { choice: 'CREATE', numberSeriesId: series.id },
        }),
      ),
    );
    expect(byNumber(customerNumbers(responses, 'convertLead'), 'K')).toEqual(consecutive('K', 1));
    expect(await nextNumberOf('Parallel')).toBe(1 + PARALLEL);
  });

  it('with no series at all, give twenty customers without numbers', async () => {
    await app.dataSource.getRepository(NumberSeries).createQueryBuilder().delete().execute();
    const leadIds = await newLeads('unnumbered');
    const responses = await Promise.all(leadIds.map((leadId) => quickConvertLead(app, sales.token, leadId)));
    expect(customerNumbers(responses, 'quickConvertLead')).toEqual(Array(PARALLEL).fill(null));
  });
});
