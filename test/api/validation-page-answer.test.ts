/**
 * The validation report's first page as `npm run bench -- api` asks for it (records of every type with their
 * findings, and totalCount) answers byte for byte what test/api/fixtures/validation-page.json recorded before the
 * read path was made faster, for a STEWARD, an ADMIN and a SALES user (refused). Ids differ between databases, so
 * each is written as its rank (numberedIds). UPDATE_FIXTURES=1 records the file again (only for a deliberate change
 * of the answer).
 */
import fs from 'node:fs';
import path from 'node:path';
import { VALIDATION_QUERY } from '../../bench/api-throughput.bench';
import { numberedIds } from '../support/numbered-ids';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';
import { findingOf, validationClient } from '../support/validation-client';

const FIXTURE = path.join(__dirname, 'fixtures', 'validation-page.json');

let app: TestApp;

async function pageBody(actor: Actor): Promise<string> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${actor.token}` },
    body: JSON.stringify({ query: VALIDATION_QUERY, operationName: 'Report' }),
  });
  return numberedIds(await response.text());
}

const PHONES = [null, '40 12 34 56', '+45 123', '+4540123456'];

let steward: Actor;
let admin: Actor;
let sales: Actor;

beforeAll(async () => {
  // as the bench runs it: errors without stack traces
  app = await startTestApp({ production: true });
  steward = await app.actor('STEWARD', 'North');
  admin = await app.actor('ADMIN', 'North');
  sales = await app.actor('SALES', 'North');
  const south = await app.actor('SALES', 'South');
  const client = validationClient(app);
  // leads, relations and contacts in turn, so that the report's record keys interleave the three types
  for (let i = 0; i < 36; i++) {
    const relation = await client.createRelation(admin.token, {
      name: i % 2 === 0 ? `FIRMA ${i} APS` : `Firma ${i} ApS`,
      phone: PHONES[i % 4],
      registrationNumber: i % 5 === 0 ? '1234' : null,
      divisionId: i % 6 === 1 ? south.divisionId : null,
    });
    await client.createLead(admin.token, {
      divisionId: i % 6 === 1 ? south.divisionId : null,
      kind: i % 3 === 0 ? 'PRIVATE' : 'BUSINESS',
      lastName: i % 4 === 0 ? `EFTERNAVN ${i}` : `Efternavn ${i}`,
      firstName: i % 5 === 0 ? null : ` Første ${i}`,
      companyName: i % 3 === 0 ? null : `Firma ${i} ApS`,
      email: i % 7 === 0 ? `lead${i}@gmail.com` : `lead${i}@firma${i}.dk`,
      website: i % 7 === 0 ? `https://firma${i}.dk` : null,
      phone: PHONES[(i + 1) % 4],
    });
    if (i % 3 !== 2)
      await client.createContact(admin.token, {
        firstName: i % 2 === 0 ? `ANNA ${i}` : `Anna ${i}`,
        lastName: `Kontakt ${i}`,
        phone: PHONES[(i + 2) % 4],
        relationId: i % 4 === 3 ? null : relation.id,
      });
  }
  // a false alarm: the record leaves the report once nothing else is open on it
  const [{ node }] = ok(
    await app.gql('{ validationErrors(first: 1) { edges { node { findings { id code } } } } }', {}, steward.token),
  ).validationErrors.edges;
  const finding = findingOf(node.findings, node.findings[0].code);
  ok(
    await app.gql(
      'mutation($id: ID!) { ignoreFinding(findingId: $id, reason: "Known") { id } }',
      { id: finding.id },
      steward.token,
    ),
  );
});
afterAll(() => app.close());

describe("the validation report's first page with records and findings", () => {
  it('answers byte for byte as recorded, for a STEWARD, an ADMIN and a SALES user', async () => {
    const answers = { steward: await pageBody(steward), admin: await pageBody(admin), sales: await pageBody(sales) };
    const { validationErrors } = JSON.parse(answers.steward).data;
    expect(validationErrors.edges).toHaveLength(50);
    expect(validationErrors.totalCount).toBeGreaterThan(50);
    expect(new Set(validationErrors.edges.map((edge: any) => edge.node.record.__typename))).toEqual(
      new Set(['Lead', 'Relation', 'Contact']),
    );
    expect(answers.sales).toContain('FORBIDDEN');
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(FIXTURE, `${JSON.stringify(answers, null, 2)}\n`);
    expect(answers).toEqual(JSON.parse(fs.readFileSync(FIXTURE, 'utf8')));
  });
});
