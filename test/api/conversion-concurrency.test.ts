import { NumberSeries } from '../../src/entities';
import { convertLead, prospect } from '../support/conversion-fixtures';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

const PARALLEL = 20;

let app: TestApp;
let sales: Actor;

beforeAll(async () => {
  app = await startTestApp();
  sales = await app.actor('SALES', 'North');
  await app.dataSource
    .getRepository(NumberSeries)
    .save({ name: 'Customers', prefix: 'K', nextNumber: 1, isDefault: true });
});
afterAll(() => app.close());

// On MariaDB the conversions run in transactions of their own at once; on SQLite they queue.
it(`gives ${PARALLEL} parallel conversions ${PARALLEL} distinct, consecutive customer numbers`, async () => {
  const inputs = Array.from({ length: PARALLEL }, (_, n) => ({ ...prospect(`parallel-${n}`), tags: ['parallel'] }));
  const { createLeads } = ok(
    await app.gql(
      `mutation($i: [LeadInput!]!) { createLeads(inputs: $i) { lead { id } } }`,
      { i: inputs },
      sales.token,
    ),
  );
  const leadIds: string[] = createLeads.map((item: { lead: { id: string } }) => item.lead.id);
  const responses = await Promise.all(
    leadIds.map((leadId) =>
      convertLead(app, sales.token, { leadId, target: 'CONTACT', relation: { choice: 'CREATE' } }),
    ),
  );
  const numbers = responses.map((response) => ok(response).convertLead.relation.customerNumber as string);
  expect(numbers.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))).toEqual(
    Array.from({ length: PARALLEL }, (_, n) => `K${n + 1}`),
  );
  expect((await app.dataSource.getRepository(NumberSeries).findOneByOrFail({ name: 'Customers' })).nextNumber).toBe(
    PARALLEL + 1,
  );
});
