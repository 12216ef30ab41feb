/**
 * The lead inbox's page as the web client and `npm run bench -- api` ask for it
 * answers byte for byte what test/api/fixtures/lead-page.json recorded before
 * the read path was made faster, for an ADMIN and for a SALES user of one
 * division. Ids differ between databases, so each lead's global id is written
 * as its place in the order the leads were created. UPDATE_FIXTURES=1 records
 * the file again (only for a deliberate change of the answer).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PAGE_QUERY } from '../../bench/api-throughput.bench';
import { Lead } from '../../src/entities';
import { LeadStatus } from '../../src/entities/enums';
import { fromGlobalId, toGlobalId } from '../../src/schema/global-id';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

const FIXTURE = path.join(__dirname, 'fixtures', 'lead-page.json');

let app: TestApp;
let admin: Actor;
let sales: Actor;
/** the leads' ids in creation order */
const leadIds: number[] = [];

async function createLeads(actor: Actor, inputs: object[]): Promise<void> {
  const { createLeads } = ok(
    await app.gql(
      'mutation($inputs: [LeadInput!]!) { createLeads(inputs: $inputs) { lead { id } errors { message } } }',
      { inputs },
      actor.token,
    ),
  );
  for (const item of createLeads) leadIds.push(fromGlobalId(item.lead.id).id);
}

/** The raw body of the page as the actor sees it, every lead id written as its creation index. */
async function pageBody(actor: Actor): Promise<string> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${actor.token}` },
    body: JSON.stringify({ query: PAGE_QUERY, operationName: 'Page' }),
  });
  let body = await response.text();
  leadIds.forEach((id, index) => {
    body = body.split(`"${toGlobalId('Lead', id)}"`).join(`"lead #${index}"`);
  });
  return body;
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.actor('ADMIN', 'North');
  sales = await app.actor('SALES', 'North');
  const south = await app.actor('SALES', 'South');
  const northInputs = Array.from({ length: 70 }, (_, i) => ({
    kind: i % 3 === 0 ? 'PRIVATE' : 'BUSINESS',
    firstName: i % 4 === 0 ? null : `Første ${i}`,
    lastName: `Efternavn ${i}`,
    email: i % 5 === 0 ? null : `lead${i}@firma${i % 7}.dk`,
    phone: i % 5 === 0 ? `+45 20 30 40 ${String(i).padStart(2, '0')}` : null,
    companyName: i % 3 === 0 ? null : `Firma ${i % 7} ApS`,
    ownerId: [null, admin.id, sales.id][i % 3],
    tags: i % 2 === 0 ? [`kampagne ${i % 3}`, 'web'] : i % 5 === 0 ? ['messe'] : [],
  }));
  await createLeads(admin, northInputs.slice(0, 40));
  await createLeads(
    south,
    Array.from({ length: 10 }, (_, i) => ({ lastName: `Syd ${i}`, email: `syd${i}@syd.dk`, tags: ['syd'] })),
  );
  await createLeads(admin, northInputs.slice(40));
  const { createRelations } = ok(
    await app.gql(
      'mutation { createRelations(inputs: [{ name: "Firma 1 ApS" }, { name: "Firma 2 ApS" }]) { relation { id } } }',
      {},
      admin.token,
    ),
  );
  const relationIds = createRelations.map((item: { relation: { id: string } }) => fromGlobalId(item.relation.id).id);
  const leads = app.dataSource.getRepository(Lead);
  for (const [index, id] of leadIds.entries()) {
    if (index % 6 === 1)
      await leads.update(id, { status: LeadStatus.CONVERTED, convertedRelationId: relationIds[index % 2] });
    else if (index % 11 === 2) await leads.update(id, { status: LeadStatus.REJECTED, rejectionReason: 'Spam' });
    else if (index % 13 === 3) await leads.update(id, { status: LeadStatus.MERGED, mergedIntoId: leadIds[0] });
  }
});
afterAll(() => app.close());

describe('the page of 50 leads with owner, relation and tags', () => {
  it('answers byte for byte as recorded, for an ADMIN and for a SALES user of one division', async () => {
    const answers = { admin: await pageBody(admin), sales: await pageBody(sales) };
    for (const body of Object.values(answers)) expect(JSON.parse(body).data.leads.edges).toHaveLength(50);
    expect(answers.admin).toContain('"lastName":"Syd');
    expect(answers.sales).not.toContain('Syd');
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(FIXTURE, `${JSON.stringify(answers, null, 2)}\n`);
    expect(answers).toEqual(JSON.parse(fs.readFileSync(FIXTURE, 'utf8')));
  });
});
