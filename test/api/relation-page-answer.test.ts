/**
 * The page of 50 relations with owner, contacts and deals as `npm run bench -- api` asks for it answers byte for
 * byte what test/api/fixtures/relation-page.json recorded before the read path was made faster, for an ADMIN and
 * for a SALES user of one division (who sees neither South's relations nor South's people, and is refused the
 * e-mail-bearing owner from South). Ids differ between databases, so each is written as its rank (numberedIds).
 * UPDATE_FIXTURES=1 records the file again (only for a deliberate change of the answer).
 */
import fs from 'node:fs';
import path from 'node:path';
import { giveRelationsPeople } from '../../bench/support/relation-people';
import { Contact, Relation } from '../../src/entities';
import { RecordStatus } from '../../src/entities/enums';
import { fromGlobalId } from '../../src/schema/global-id';
import { RELATIONS_QUERY } from '../../bench/api-throughput.bench';
import { numberedIds } from '../support/numbered-ids';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

const FIXTURE = path.join(__dirname, 'fixtures', 'relation-page.json');

let app: TestApp;
let admin: Actor;
let sales: Actor;

async function pageBody(actor: Actor): Promise<string> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${actor.token}` },
    body: JSON.stringify({ query: RELATIONS_QUERY, operationName: 'Relations' }),
  });
  return numberedIds(await response.text());
}

beforeAll(async () => {
  // as the bench runs it: errors without stack traces
  app = await startTestApp({ production: true });
  admin = await app.actor('ADMIN', 'North');
  sales = await app.actor('SALES', 'North');
  const south = await app.actor('SALES', 'South');
  const inputs = Array.from({ length: 64 }, (_, i) => ({
    name: `Firma ${String(i).padStart(2, '0')} ${i % 3 === 0 ? 'A/S' : 'ApS'}`,
    kind: i % 4 === 0 ? 'PRIVATE' : 'COMPANY',
    city: i % 5 === 0 ? null : `By ${i % 7}`,
    ownerId: i % 9 === 4 ? south.id : [null, admin.id, sales.id][i % 3],
    divisionId: i % 9 === 4 ? south.divisionId : admin.divisionId,
  }));
  const { createRelations } = ok(
    await app.gql(
      'mutation($inputs: [RelationInput!]!) { createRelations(inputs: $inputs) { relation { id } errors { field message } } }',
      { inputs },
      admin.token,
    ),
  );
  const refused = createRelations.filter((item: { relation: unknown }) => !item.relation);
  if (refused.length) throw new Error(JSON.stringify(refused[0]));
  const ids = createRelations.map((item: { relation: { id: string } }) => fromGlobalId(item.relation.id).id);
  const relations = app.dataSource.getRepository(Relation);
  for (const [index, id] of ids.entries()) {
    // as if its owner had moved to South since
    if (index % 13 === 5) await relations.update(id, { ownerId: south.user.id });
    if (index % 10 === 3) await relations.update(id, { status: RecordStatus.INACTIVE });
    else if (index % 10 === 7) await relations.update(id, { status: RecordStatus.MERGED, mergedIntoId: ids[0] });
  }
  await giveRelationsPeople(app.dataSource, admin.user, 50);
  // one person of each of the first relations works in South: a North seller does not see them
  const contacts = app.dataSource.getRepository(Contact);
  const people = await contacts.find({ order: { id: 'ASC' }, take: 12 });
  for (const person of people.filter((_, n) => n % 4 === 1))
    await contacts.update(person.id, { divisionId: Number(fromGlobalId(south.divisionId!).id) });
});
afterAll(() => app.close());

describe('the page of 50 relations with owner, contacts and deals', () => {
  it('answers byte for byte as recorded, for an ADMIN and for a SALES user of one division', async () => {
    const answers = { admin: await pageBody(admin), sales: await pageBody(sales) };
    expect(JSON.parse(answers.admin).data.relations.edges).toHaveLength(50);
    expect(answers.admin).not.toContain('"errors"');
    expect(answers.sales).toContain('FORBIDDEN');
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(FIXTURE, `${JSON.stringify(answers, null, 2)}\n`);
    expect(answers).toEqual(JSON.parse(fs.readFileSync(FIXTURE, 'utf8')));
  });
});
