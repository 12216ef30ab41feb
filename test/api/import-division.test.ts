import fs from 'node:fs';
import { Lead, Relation } from '../../src/entities';
import { crmAsync } from '../support/crm-command';
import { scratchDir, type ScratchDir } from '../support/scratch-dir';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let files: ScratchDir;
let sheets = 0;

beforeAll(() => {
  files = scratchDir('import-division');
});
afterAll(() => files.remove());

/** A lead sheet of one row whose e-mail is unique to the test. */
function leadSheet(email: string): string {
  return files.write(`leads-${++sheets}.csv`, `Efternavn;E-mail\nDivided;${email}\n`);
}

async function upload(app: TestApp, token: string, file: string, division?: string) {
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(file)]), 'leads.csv');
  form.append('entity', 'leads');
  if (division) form.append('division', division);
  const response = await fetch(`${app.baseUrl}/api/import`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const leadsWith = (app: TestApp, email: string) => app.dataSource.getRepository(Lead).findBy({ email });

describe('an import into a database with no division', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('is refused, saying how to create one, and writes nothing', async () => {
    const { status, stderr } = await crmAsync(app.databaseUrl, [
      'import',
      leadSheet('none@division.dk'),
      '--entity',
      'leads',
    ]);
    expect(status).toBe(1);
    expect(stderr).toContain('There is no division yet, so no SALES user would see the records');
    expect(await leadsWith(app, 'none@division.dk')).toEqual([]);
  });
});

describe('an import into a database with one division', () => {
  let app: TestApp;
  let seller: Actor;
  beforeAll(async () => {
    app = await startTestApp();
    seller = await app.actor('SALES', 'Only');
  });
  afterAll(() => app.close());

  it('crm import without --division puts leads into it, where its SALES users see them', async () => {
    expect(
      (await crmAsync(app.databaseUrl, ['import', leadSheet('only@division.dk'), '--entity', 'leads'])).status,
    ).toBe(0);
    const [lead] = await leadsWith(app, 'only@division.dk');
    expect(lead.divisionId).toBe(seller.user.divisionId);
    const { leads } = ok(
      await app.gql('{ leads(first: 10, filter: { search: "only@division.dk" }) { totalCount } }', {}, seller.token),
    );
    expect(leads.totalCount).toBe(1);
  });

  it('crm import without --division puts relations into it', async () => {
    const file = files.write('relations.csv', 'Name;E-mail\nOnly Division ApS;info@only-division.dk\n');
    expect((await crmAsync(app.databaseUrl, ['import', file, '--entity', 'relations'])).status).toBe(0);
    const relation = await app.dataSource.getRepository(Relation).findOneByOrFail({ name: 'Only Division ApS' });
    expect(relation.divisionId).toBe(seller.user.divisionId);
  });
});

describe('an import into a database with several divisions', () => {
  let app: TestApp;
  let oslo: Actor;
  let copenhagen: Actor;
  let admin: Actor;
  beforeAll(async () => {
    app = await startTestApp();
    oslo = await app.actor('STEWARD', 'Oslo');
    copenhagen = await app.actor('SALES', 'Copenhagen');
    admin = await app.actor('ADMIN', null);
  });
  afterAll(() => app.close());

  it('crm import without --division is refused, naming the divisions, and writes nothing', async () => {
    const { status, stderr } = await crmAsync(app.databaseUrl, [
      'import',
      leadSheet('several@division.dk'),
      '--entity',
      'leads',
    ]);
    expect(status).toBe(1);
    expect(stderr).toContain('Say which division the records go to: there are 2 (Copenhagen, Oslo)');
    expect(stderr).toContain('--division');
    expect(await leadsWith(app, 'several@division.dk')).toEqual([]);
  });

  it('crm import --division puts the records into the division named', async () => {
    const file = leadSheet('named@division.dk');
    expect(
      (await crmAsync(app.databaseUrl, ['import', file, '--entity', 'leads', '--division', 'Copenhagen'])).status,
    ).toBe(0);
    expect((await leadsWith(app, 'named@division.dk'))[0].divisionId).toBe(copenhagen.user.divisionId);
  });

  it("POST /api/import without a division puts the records into the importer's own", async () => {
    const { status } = await upload(app, oslo.token, leadSheet('own@division.dk'));
    expect(status).toBe(200);
    expect((await leadsWith(app, 'own@division.dk'))[0].divisionId).toBe(oslo.user.divisionId);
  });

  it('POST /api/import by an importer of no division, naming none, is 400 with the field division', async () => {
    const { status, body } = await upload(app, admin.token, leadSheet('nobody@division.dk'));
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'BAD_USER_INPUT', fields: [{ field: 'division', code: 'REQUIRED' }] });
    expect(body.message).toContain('there are 2 (Copenhagen, Oslo)');
    expect(await leadsWith(app, 'nobody@division.dk')).toEqual([]);
  });

  it('POST /api/import naming a division that does not exist is 400 with the field division', async () => {
    const { status, body } = await upload(app, admin.token, leadSheet('ghost@division.dk'), 'Atlantis');
    expect(status).toBe(400);
    expect(body).toMatchObject({ fields: [{ field: 'division', code: 'NOT_FOUND' }] });
    expect(body.message).toBe("No division is named 'Atlantis'");
  });
});
