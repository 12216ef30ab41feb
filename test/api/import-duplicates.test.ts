import path from 'node:path';
import { createContacts } from '../../src/contacts/contact.service';
import { transaction } from '../../src/db/transaction';
import * as matching from '../../src/quality/matching/find-matches';
import { Contact, Relation } from '../../src/entities';
import { COMMAND_LINE_ACTOR } from '../../src/leads/import/import.command';
import { importSheet, type ImportOptions } from '../../src/leads/import/import.service';
import { createRelations } from '../../src/relations/relation.service';
import { toGlobalId } from '../../src/schema/global-id';
import { crmAsync } from '../support/crm-command';
import { scratchDir, type ScratchDir } from '../support/scratch-dir';
import { startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let steward: Actor;
let files: ScratchDir;
let stored: Relation;

beforeAll(async () => {
  app = await startTestApp();
  steward = await app.actor('STEWARD', 'Import');
  files = scratchDir('import-duplicates');
  [stored] = await transaction(app.dataSource, steward.user, (uow) =>
    createRelations(uow, [
      {
        name: 'Nordisk Tømrer ApS',
        registrationNumber: '13585628',
        email: 'info@tomrer.dk',
        phone: '+45 33 12 34 56',
        country: 'DK',
      },
    ]),
  ).then((items) => items.map((item) => item.record!));
});
afterAll(async () => {
  files.remove();
  await app.close();
});

let sheets = 0;
const sheet = (...lines: string[]) => files.write(`sheet-${++sheets}.csv`, lines.join('\n'));

const importFile = (file: string, options: Omit<ImportOptions, 'entity'> & { entity?: ImportOptions['entity'] } = {}) =>
  importSheet(
    app.dataSource,
    COMMAND_LINE_ACTOR,
    { path: file, fileName: path.basename(file) },
    { entity: 'relations', ...options },
  );

const relationsNamed = (name: string) => app.dataSource.getRepository(Relation).countBy({ name });

/** Row 2 repeats the stored relation, row 4 repeats row 3, rows 3 and 5 are new; each sheet's new companies are its own. */
const HEADER = 'Name;Registration number;E-mail;Phone;Country';
const COMPANIES: Record<
  string,
  [bakery: string, bakeryMail: string, phone: string, fishmonger: string, fishMail: string, fishPhone: string]
> = {
  first: ['Havn Bageri', 'bager@havnbageri.dk', '40 11 22 33', 'Fjord Fisk', 'post@fjordfisk.no', '22 33 44 55'],
  second: ['Solsikke Konditori', 'kage@solsikke.dk', '61 72 83 94', 'Kyst Laks', 'ordre@kystlaks.no', '91 82 73 64'],
  third: ['Birkely Brød', 'hej@birkelybrod.dk', '27 38 49 50', 'Havørn Sjømat', 'salg@havorn.no', '45 56 67 78'],
  fourth: [
    'Kornmod Bagværk',
    'info@kornmod.dk',
    '53 64 75 86',
    'Nordkapp Torsk',
    'kontor@nordkapp-torsk.no',
    '98 87 76 65',
  ],
  fifth: [
    'Rugbrødshuset',
    'rug@rugbrodshuset.dk',
    '29 19 39 49',
    'Lofoten Tørrfisk',
    'lofoten@torrfisk.no',
    '47 37 27 17',
  ],
  sixth: [
    'Kanelsnegl Bageri',
    'snegl@kanelsnegl.dk',
    '26 36 46 56',
    'Bergen Hyse',
    'hyse@bergenhyse.no',
    '48 58 68 78',
  ],
};
const rows = (sheetName: keyof typeof COMPANIES) => {
  const [bakery, bakeryMail, phone, fishmonger, fishMail, fishPhone] = COMPANIES[sheetName];
  return [
    `Nordisk Tømrer A/S;13585628;info@tomrer.dk;33 12 34 56;DK`,
    `${bakery} ApS;;${bakeryMail};+45 ${phone};DK`,
    `${bakery};;${bakeryMail};${phone};DK`,
    `${fishmonger} AS;;${fishMail};+47 ${fishPhone};NO`,
  ];
};

describe('import duplicate flagging', () => {
  it('imports every good row and flags the repeats of stored records and of earlier rows', async () => {
    const report = await importFile(sheet(HEADER, ...rows('first')));
    expect(report).toMatchObject({ rowsRead: 4, created: 4, skipped: 0 });
    expect(report.duplicates).toEqual([
      expect.objectContaining({ rowNumber: 2, sameAsId: toGlobalId('Relation', stored.id), skipped: false }),
      expect.objectContaining({ rowNumber: 4, sameAsRow: 3, skipped: false }),
    ]);
    expect(report.duplicates[0].reasons).toEqual(expect.arrayContaining(['REGNO_EXACT', 'EMAIL_EXACT']));
    expect(report.duplicates[1].score).toBeGreaterThan(0.9);
    expect(await relationsNamed('Havn Bageri')).toBe(1);
  });

  it('with skipDuplicates creates only the rows that repeat nothing, and reports the others as skipped', async () => {
    const report = await importFile(sheet(HEADER, ...rows('second')), { skipDuplicates: true });
    expect(report).toMatchObject({ rowsRead: 4, created: 2, skipped: 2, rejected: [] });
    expect(report.duplicates).toEqual([
      expect.objectContaining({ rowNumber: 2, sameAsId: toGlobalId('Relation', stored.id), skipped: true }),
      expect.objectContaining({ rowNumber: 4, sameAsRow: 3, skipped: true }),
    ]);
    expect(await relationsNamed('Solsikke Konditori ApS')).toBe(1);
    expect(await relationsNamed('Solsikke Konditori')).toBe(0);
    expect(await relationsNamed('Nordisk Tømrer A/S')).toBe(1);
    expect(await relationsNamed('Kyst Laks AS')).toBe(1);
  });

  it('skips a row that repeats a row of an earlier batch, which is in the database by then', async () => {
    const filler = Array.from({ length: 500 }, (_, n) => `Filler ${n} Holding ApS;;filler${n}@example-${n}.dk;;DK`);
    const report = await importFile(
      sheet(
        HEADER,
        `Early Bird ApS;;hello@earlybird.dk;+45 70 10 20 30;DK`,
        ...filler,
        `Early Bird;;hello@earlybird.dk;70 10 20 30;DK`,
      ),
      {
        skipDuplicates: true,
      },
    );
    expect(report.created).toBe(501);
    expect(report.duplicates).toEqual([expect.objectContaining({ rowNumber: 503, sameAsRow: 2, skipped: true })]);
  });

  it('creates a repeat after all when the row it repeats is rejected', async () => {
    const report = await importFile(
      sheet(HEADER, `;;orphan@lonely.dk;+45 50 60 70 80;DK`, `Lonely ApS;;orphan@lonely.dk;50 60 70 80;DK`),
      { skipDuplicates: true },
    );
    expect(report).toMatchObject({ created: 1, skipped: 1, duplicates: [] });
    expect(report.rejected).toEqual([expect.objectContaining({ rowNumber: 2 })]);
    expect(await relationsNamed('Lonely ApS')).toBe(1);
  });

  it('with skipDuplicates matches each batch once: the write path does not match the rows it creates again, yet keys them', async () => {
    const matched = jest.spyOn(matching, 'findMatchesOfMany');
    try {
      expect(await importFile(sheet(HEADER, ...rows('sixth')), { skipDuplicates: true })).toMatchObject({
        created: 2,
        skipped: 2,
      });
      expect(matched).toHaveBeenCalledTimes(1);
    } finally {
      matched.mockRestore();
    }
    const probe = {
      entityType: 'RELATION' as const,
      fields: { kind: 'COMPANY' as const, name: 'Kanelsnegl Bageri A/S', email: 'snegl@kanelsnegl.dk', country: 'DK' },
    };
    const [found] = await matching.findMatches(app.dataSource.manager, probe, {
      entityTypes: ['RELATION'],
      minScore: 0.9,
    });
    expect(found.recordId).toBe(
      (await app.dataSource.getRepository(Relation).findOneByOrFail({ name: 'Kanelsnegl Bageri ApS' })).id,
    );
  });

  it('reports the same in a dry run and writes nothing', async () => {
    const report = await importFile(sheet(HEADER, ...rows('third')), { skipDuplicates: true, dryRun: true });
    expect(report).toMatchObject({ created: 2, skipped: 2, dryRun: true });
    expect(report.duplicates.map((d) => d.rowNumber)).toEqual([2, 4]);
    expect(await relationsNamed('Birkely Brød ApS')).toBe(0);
  });

  it('matches contacts with the relation their row names', async () => {
    const [mette] = await transaction(app.dataSource, steward.user, (uow) =>
      createContacts(uow, [{ firstName: 'Mette', lastName: 'Holm', email: 'mette@tomrer.dk', relationId: stored.id }]),
    );
    const file = sheet(
      'First name;Last name;E-mail;Relation',
      'Mette;Holm;mette@tomrer.dk;Nordisk Tømrer ApS',
      'Jonas;Krag;jonas@tomrer.dk;Nordisk Tømrer ApS',
    );
    const report = await importFile(file, { entity: 'contacts', skipDuplicates: true });
    expect(report).toMatchObject({ created: 1, skipped: 1 });
    expect(report.duplicates).toEqual([expect.objectContaining({ rowNumber: 2, skipped: true })]);
    expect(report.duplicates[0].sameAsId).toBe(toGlobalId('Contact', mette.record!.id));
    expect(await app.dataSource.getRepository(Contact).countBy({ email: 'mette@tomrer.dk' })).toBe(1);
  });

  it('crm import --skip-duplicates and POST /api/import skipDuplicates answer the same', async () => {
    // not blocking this process: a keep-alive connection the server closed meanwhile would fail the fetch below
    const { status, stdout } = await crmAsync(app.databaseUrl, [
      'import',
      sheet(HEADER, ...rows('fourth')),
      '--entity',
      'relations',
      '--skip-duplicates',
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain('4 rows of relations read, 2 created, 2 skipped, 2 duplicates found and skipped.');
    expect(stdout).toMatch(/row 4 {2}same as row 3 \(\d+\.\d %: .*EMAIL_EXACT/);

    const form = new FormData();
    form.append('file', new Blob([[HEADER, ...rows('fifth')].join('\n')]), 'relations.csv');
    form.append('entity', 'relations');
    form.append('skipDuplicates', 'true');
    const response = await fetch(`${app.baseUrl}/api/import`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${steward.token}` },
    });
    const body = (await response.json()) as {
      created: number;
      skipped: number;
      duplicates: { rowNumber: number; skipped: boolean }[];
    };
    expect(body).toMatchObject({ created: 2, skipped: 2 });
    expect(body.duplicates.map((d) => [d.rowNumber, d.skipped])).toEqual([
      [2, true],
      [4, true],
    ]);
  });
});
