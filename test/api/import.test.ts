import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Like } from 'typeorm';
import { RunAgain, transaction } from '../../src/db/transaction';
import { COMMAND_LINE_ACTOR } from '../../src/leads/import/import.command';
import { importSheet } from '../../src/leads/import/import.service';
import { Contact, Lead, Relation } from '../../src/entities';
import { createRelations } from '../../src/relations/relation.service';
import { crm } from '../support/crm-command';
import { scratchDir, type ScratchDir } from '../support/scratch-dir';
import { startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let steward: Actor;
let files: ScratchDir;

beforeAll(async () => {
  app = await startTestApp();
  steward = await app.actor('STEWARD', 'Import');
  files = scratchDir('import');
});
afterAll(async () => {
  files.remove();
  await app.close();
});

const writeFile = (name: string, content: string | Buffer) => files.write(name, content);

interface Upload {
  entity?: string;
  map?: string;
  dryRun?: boolean;
}

async function upload(
  fileName: string,
  content: string | Buffer | null,
  fields: Upload,
  token: string | null = steward.token,
) {
  const form = new FormData();
  if (content !== null) form.append('file', new Blob([content]), fileName);
  if (fields.entity) form.append('entity', fields.entity);
  if (fields.map) form.append('map', fields.map);
  if (fields.dryRun) form.append('dryRun', 'true');
  const response = await fetch(`${app.baseUrl}/api/import`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as any };
}

const relationsNamed = (...names: string[]) =>
  Promise.all(names.map((name) => app.dataSource.getRepository(Relation).countBy({ name })));

/** A relation sheet with three broken rows among four good ones. */
const RELATIONS_CSV = [
  'Name;Registration number;Customer number;E-mail;Country;Kind',
  'Nordisk Tømrer ApS;13585628;K-1;info@tomrer.dk;DK;company',
  ';;K-2;nameless@x.dk;DK;company',
  'Bad Mail AS;;K-3;not-an-email;NO;company',
  'Fjord Fisk AS;923609016;K-4;post@fjordfisk.no;Norge;firma',
  'Twice Customer BV;;K-1;twice@x.nl;NL;company',
  'Alien Corp;;K-6;alien@x.dk;DK;martian',
  'Jansen Café;;K-7;cafe@jansen.nl;NL;',
].join('\n');

describe('crm import', () => {
  it('creates the good rows and reports each rejected row with its row number, field and reason', async () => {
    const file = writeFile('relations.csv', RELATIONS_CSV);
    const { status, stdout } = crm(app.databaseUrl, 'import', file, '--entity', 'relations');
    expect(status).toBe(0);
    expect(stdout).toContain('relations.csv: 7 rows of relations read, 3 created, 4 skipped.');
    expect(stdout).toMatch(/row 3 {2}name \(Name\): A relation needs a name/);
    expect(stdout).toMatch(/row 4 {2}email \(E-mail\): 'not-an-email' is not an e-mail address/);
    expect(stdout).toMatch(/row 6 {2}customerNumber \(Customer number\): Customer number K-1 is taken/);
    expect(stdout).toMatch(/row 7 {2}kind \(Kind\): unknown kind 'martian'/);
    expect(await relationsNamed('Nordisk Tømrer ApS', 'Fjord Fisk AS', 'Jansen Café', 'Bad Mail AS')).toEqual([
      1, 1, 1, 0,
    ]);
    const fisk = await app.dataSource.getRepository(Relation).findOneByOrFail({ name: 'Fjord Fisk AS' });
    expect(fisk).toMatchObject({ country: 'NO', kind: 'COMPANY', customerNumber: 'K-4' });
  });

  it('writes nothing with --dry-run and reports what it would create', async () => {
    const file = writeFile('dry.csv', 'Name;E-mail\nDry Run ApS;dry@run.dk\n;nameless@run.dk\n');
    const { status, stdout } = crm(app.databaseUrl, 'import', file, '--entity', 'relations', '--dry-run');
    expect(status).toBe(0);
    expect(stdout).toContain('dry.csv: 2 rows of relations read, 1 would be created, 1 skipped.');
    expect(stdout).toContain('Dry run: nothing was written.');
    expect(await relationsNamed('Dry Run ApS')).toEqual([0]);
  });

  it('puts the records into the division --division names', async () => {
    const file = writeFile('division.csv', 'Navn;Efternavn;E-mail\nMette;Division;mette@division.dk\n');
    expect(crm(app.databaseUrl, 'import', file, '--entity', 'leads', '--division', 'Import').status).toBe(0);
    const lead = await app.dataSource.getRepository(Lead).findOneByOrFail({ email: 'mette@division.dk' });
    expect(lead).toMatchObject({
      source: 'IMPORT',
      divisionId: steward.user.divisionId,
      firstName: 'Mette',
      lastName: 'Division',
    });
  });

  it('refuses an unreadable column map with a message, writing nothing', () => {
    const file = writeFile('mapped.csv', 'Firma;Tlf\nMapped ApS;+4512345678\n');
    const { status, stderr } = crm(
      app.databaseUrl,
      'import',
      file,
      '--entity',
      'relations',
      '--map',
      'Firma=nosuchfield',
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/unknown field 'nosuchfield'/);
  });
});

describe('POST /api/import', () => {
  it('answers a STEWARD the same report as the command, rejected rows with row, field, column and code', async () => {
    const { status, body } = await upload('relations.csv', RELATIONS_CSV.replace(/K-/g, 'H-'), { entity: 'relations' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ entity: 'relations', dryRun: false, rowsRead: 7, created: 3, skipped: 4 });
    expect(body.rejected.map((r: { rowNumber: number }) => r.rowNumber)).toEqual([3, 4, 6, 7]);
    expect(body.rejected[1].problems).toEqual([
      { field: 'email', column: 'E-mail', code: 'EMAIL_INVALID', message: "'not-an-email' is not an e-mail address" },
    ]);
  });

  it('writes nothing on dryRun', async () => {
    const { body } = await upload('dry.csv', 'Name\nHttp Dry ApS\n', { entity: 'relations', dryRun: true });
    expect(body).toMatchObject({ dryRun: true, created: 1 });
    expect(await relationsNamed('Http Dry ApS')).toEqual([0]);
  });

  it('refuses a SALES user with 403', async () => {
    const sales = await app.actor('SALES', 'North');
    const { status, body } = await upload('r.csv', 'Name\nSales Try ApS\n', { entity: 'relations' }, sales.token);
    expect(status).toBe(403);
    expect(body.error).toBe('FORBIDDEN');
    expect(await relationsNamed('Sales Try ApS')).toEqual([0]);
  });

  it('refuses a request without a token with 401', async () => {
    const { status, body } = await upload('r.csv', 'Name\nAnon ApS\n', { entity: 'relations' }, null);
    expect(status).toBe(401);
    expect(body.error).toBe('UNAUTHENTICATED');
  });

  it('answers 400 naming the missing file and entity', async () => {
    const { status, body } = await upload('r.csv', null, {});
    expect(status).toBe(400);
    expect(body.fields.map((f: { field: string }) => f.field)).toEqual(['file', 'entity']);
  });

  it('reads a Latin-1 CSV', async () => {
    const latin1 = iconv.encode('Firmanavn;By;Land\nSøren Ålborg Æbler ApS;Århus;Danmark\n', 'latin1');
    const { body } = await upload('latin1.csv', latin1, { entity: 'relations' });
    expect(body.created).toBe(1);
    const relation = await app.dataSource.getRepository(Relation).findOneByOrFail({ name: 'Søren Ålborg Æbler ApS' });
    expect(relation).toMatchObject({ city: 'Århus', country: 'DK' });
  });

  it('reads an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Leads');
    sheet.addRow(['First name', 'Last name', 'Company', 'Phone', 'Country']);
    sheet.addRow(['Karin', 'Lund', 'Lund Bygg AB', 46701234567, 'SE']);
    const { body } = await upload('leads.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), { entity: 'leads' });
    expect(body).toMatchObject({ rowsRead: 1, created: 1, skipped: 0 });
    const lead = await app.dataSource.getRepository(Lead).findOneByOrFail({ companyName: 'Lund Bygg AB' });
    expect(lead).toMatchObject({
      firstName: 'Karin',
      lastName: 'Lund',
      phone: '46701234567',
      kind: 'BUSINESS',
      source: 'IMPORT',
    });
  });

  it.each([
    [
      'Danish',
      'Fornavn;Efternavn;Firma;E-mail;Telefon;Postnr;By',
      'Ida;Holm;Holm Maling ApS;ida@holm.dk;+4520304050;8000;Aarhus',
      'Holm Maling ApS',
    ],
    [
      'Dutch',
      'Voornaam;Achternaam;Bedrijfsnaam;E-mailadres;Telefoonnummer;Plaats',
      'Piet;Jansen;Jansen Bouw BV;piet@jansenbouw.nl;+31201234567;Utrecht',
      'Jansen Bouw BV',
    ],
    [
      'Czech',
      'Jméno;Příjmení;Společnost;E-mail;Telefon;Město',
      'Jana;Nováková;Nováková s.r.o.;jana@novakova.cz;+420601234567;Brno',
      'Nováková s.r.o.',
    ],
  ])('recognises %s headers without a column map', async (_language, header, row, company) => {
    const { body } = await upload('leads.csv', `${header}\n${row}\n`, { entity: 'leads' });
    expect(body).toMatchObject({ created: 1, skipped: 0, notImported: [] });
    const lead = await app.dataSource.getRepository(Lead).findOneByOrFail({ companyName: company });
    expect(lead.firstName).toBe(row.split(';')[0]);
    expect(lead.email).toBe(row.split(';')[3]);
  });

  it('follows a column map over the recognised headers', async () => {
    const { body } = await upload('mapped.csv', 'Kunde;Notat\nMapped Kunde ApS;+4512345678\n', {
      entity: 'relations',
      map: 'Notat=phone',
    });
    expect(body.columns).toEqual({ Kunde: 'name', Notat: 'phone' });
    expect((await app.dataSource.getRepository(Relation).findOneByOrFail({ name: 'Mapped Kunde ApS' })).phone).toBe(
      '+4512345678',
    );
  });

  it('links contacts to the relation their row names by registration number or name', async () => {
    await transaction(app.dataSource, steward.user, (uow) =>
      createRelations(uow, [{ name: 'Linked Tømrer ApS', registrationNumber: '29403473' }]),
    );
    const csv = [
      'Fornavn;Efternavn;CVR;Relation name',
      'Anna;Byregnr;29403473;',
      'Bo;Byname;;Linked Tømrer ApS',
      'Carl;Nowhere;;No Such Company',
    ].join('\n');
    const { body } = await upload('contacts.csv', csv, { entity: 'contacts' });
    expect(body).toMatchObject({ created: 2, skipped: 1 });
    expect(body.rejected[0]).toEqual({
      rowNumber: 4,
      problems: [
        {
          field: 'relationName',
          column: 'Relation name',
          code: 'NOT_FOUND',
          message: "No relation has the name 'No Such Company'",
        },
      ],
    });
    const relation = await app.dataSource.getRepository(Relation).findOneByOrFail({ name: 'Linked Tømrer ApS' });
    expect(await app.dataSource.getRepository(Contact).countBy({ relationId: relation.id })).toBe(2);
  });
});

describe('an import whose transaction runs again', () => {
  it('reads the file again from its start and reports, and writes, every row once', async () => {
    const rows = Array.from({ length: 700 }, (_, n) => `Retry${n};retry${n}@again.dk`);
    const file = writeFile('again.csv', ['Efternavn;E-mail', ...rows].join('\n'));
    let interrupted = false;
    const report = await importSheet(
      app.dataSource,
      COMMAND_LINE_ACTOR,
      { path: file, fileName: 'again.csv' },
      {
        entity: 'leads',
        divisionName: 'Import',
        onProgress: () => {
          // the first batch is written when the transaction is given up, as InnoDB gives up a deadlock victim
          if (interrupted) return;
          interrupted = true;
          throw new RunAgain('a deadlock');
        },
      },
    );
    expect(interrupted).toBe(true);
    expect(report).toMatchObject({ rowsRead: 700, created: 700, skipped: 0 });
    expect(await app.dataSource.getRepository(Lead).countBy({ email: Like('%@again.dk') })).toBe(700);
  });
});
