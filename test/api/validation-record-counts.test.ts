/**
 * The validation report's totalCount comes from kept counts (validation_record_count per record type, division and
 * owner; validation_count per rule) moved in the transaction of every write, instead of counting report entries:
 * it must stay equal to the rows the report lists, under every filter the counts cover, through fixes, owner
 * changes, false alarms, concurrent writes and a full scan.
 */
import { queryCounter } from '../../ormconfig';
import { openDatabase } from '../../src/db/open-database';
import { ValidationEntry, ValidationRecordCount } from '../../src/entities';
import { scanFindings } from '../../src/quality/validation/validation-scan.service';
import { undoMigrationsThrough } from '../support/database';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';
import { findingOf, validationClient, type RecordView } from '../support/validation-client';

let app: TestApp;
let steward: Actor;
let north: Actor;
let south: Actor;
let client: ReturnType<typeof validationClient>;
const relations: RecordView[] = [];

beforeAll(async () => {
  app = await startTestApp();
  steward = await app.actor('STEWARD', 'North');
  north = await app.actor('SALES', 'North');
  south = await app.actor('SALES', 'South');
  client = validationClient(app);
  for (let i = 0; i < 12; i++) {
    const inSouth = i % 3 === 2;
    relations.push(
      await client.createRelation(steward.token, {
        name: i % 2 === 0 ? `COUNTED ${i}` : `Counted ${i}`,
        phone: ['40 12 34 56', '+45 123', null][i % 3],
        country: 'DK',
        divisionId: inSouth ? south.divisionId : north.divisionId,
        ownerId: inSouth ? south.id : [null, north.id][i % 2],
      }),
    );
    await client.createLead(steward.token, {
      lastName: i % 2 === 0 ? `LEAD ${i}` : `Lead ${i}`,
      companyName: `Counted ${i}`,
      email: `lead${i}@counted.dk`,
      phone: i % 4 === 0 ? '+45 123' : null,
      kind: 'BUSINESS',
      ownerId: i % 3 === 0 ? north.id : null,
    });
  }
});
afterAll(() => app.close());

/** The filters the kept counts answer: by record type, division, owner, severity, and one rule. */
const filters = () => [
  {},
  { entityType: 'RELATION' },
  { entityType: 'LEAD', severity: 'ERROR' },
  { divisionId: north.divisionId },
  { divisionId: south.divisionId, severity: 'WARNING' },
  { ownerId: north.id },
  { severity: 'ERROR' },
  { severity: 'WARNING' },
  { ruleCodes: ['NAME_ALL_CAPS'] },
  { ruleCodes: ['PHONE_INVALID'], divisionId: north.divisionId },
];

async function expectCountsToMatchRows(): Promise<void> {
  for (const filter of filters()) {
    const report = await client.report(steward.token, filter, { first: 100 });
    expect({ filter, totalCount: report.totalCount }).toEqual({ filter, totalCount: report.rows.length });
  }
}

describe("the validation report's totalCount", () => {
  it('is read from the kept counts, not counted over the report entries', async () => {
    const statements = await queryCounter(app.dataSource).statementsDuring(async () =>
      ok(await app.gql('{ validationErrors { totalCount } }', {}, steward.token)),
    );
    expect(statements.filter((sql) => /COUNT\(/i.test(sql))).toEqual([]);
    expect(statements.some((sql) => sql.includes('validation_record_count'))).toBe(true);
  });

  it('equals the rows listed under every filter the counts cover', async () => {
    expect((await client.report(steward.token)).totalCount).toBeGreaterThan(10);
    await expectCountsToMatchRows();
  });

  it('follows fixes, owner changes and false alarms', async () => {
    const [fixed, moved, ignored] = [relations[0], relations[3], relations[6]];
    await client.updateRelation(steward.token, {
      id: fixed.id,
      expectedVersion: fixed.version,
      name: 'Counted 0',
      phone: '+4540123456',
    });
    await client.updateRelation(steward.token, { id: moved.id, expectedVersion: moved.version, ownerId: north.id });
    for (const finding of (await client.record(steward.token, ignored.id)).findings)
      ok(
        await app.gql(
          'mutation($id: ID!) { ignoreFinding(findingId: $id, reason: "Known") { id } }',
          { id: finding.id },
          steward.token,
        ),
      );
    const listed = (await client.report(steward.token, {}, { first: 100 })).rows.map((row) => row.id);
    expect(listed).not.toContain(fixed.id);
    expect(listed).not.toContain(ignored.id);
    await expectCountsToMatchRows();
  });

  it('follows concurrent writes', async () => {
    await Promise.all(
      relations.slice(7).map(async (relation) => {
        const { version } = await client.record(steward.token, relation.id);
        return client.updateRelation(steward.token, { id: relation.id, expectedVersion: version, phone: '+45 123' });
      }),
    );
    findingOf((await client.record(steward.token, relations[8].id)).findings, 'PHONE_INVALID');
    await expectCountsToMatchRows();
  });

  it('is counted afresh by a full scan', async () => {
    await scanFindings(app.dataSource);
    await expectCountsToMatchRows();
  });

  it('is counted from the entries for a database from before the kept counts (SQLite at start-up, MySQL by its migration)', async () => {
    const counted = async () => {
      const [row] = await app.dataSource.query(`SELECT SUM(records) AS n FROM validation_record_count`);
      return Number(row.n ?? 0);
    };
    const records = await counted();
    expect(records).toBe((await client.report(steward.token)).totalCount);
    if (app.dataSource.options.type === 'better-sqlite3')
      await app.dataSource.createQueryBuilder().delete().from(ValidationRecordCount).execute();
    else await undoMigrationsThrough(app.dataSource, 'ValidationRecordCount1795600000032');
    const reopened = await openDatabase(app.databaseUrl);
    await reopened.destroy();
    expect(await counted()).toBe(records);
    expect(await app.dataSource.manager.count(ValidationEntry)).toBeGreaterThan(records);
  });
});
