import type { DataSource } from 'typeorm';
import { openDatabase } from '../../src/db/open-database';
import { MatchKey, Relation } from '../../src/entities';
import { RecordStatus, RelationKind } from '../../src/entities/enums';
import { scanDuplicates, type ScanStep } from '../../src/quality/duplicates/scan-duplicates.service';
import { findMatches } from '../../src/quality/matching/find-matches';
import { hashedBlockingKeys } from '../../src/quality/matching/match-key-hash';
import { loadMatchRecords } from '../../src/quality/matching/record-loader';
import { normaliseRecord } from '../../src/quality/normalise/record-normaliser';
import type { RelationFields } from '../../src/quality/record-fields';
import { fromGlobalId, toGlobalId } from '../../src/schema/global-id';
import { freshOtherDatabaseUrl } from '../support/database';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

/**
 * A full scan of records loaded around the API: the keys are loaded into a staging table and swapped in for
 * match_key (staged-match-keys.ts on MySQL, staged-sqlite-match-keys.ts on SQLite).
 */
const onMysql = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '');
const STEPS: ScanStep[] = onMysql
  ? ['staged', 'page-written', 'keys-loaded', 'keys-indexed', 'caught-up', 'swapped', 'scored', 'clusters-saved']
  : ['staged', 'page-written', 'keys-loaded', 'swapped', 'scored', 'clusters-saved'];

let app: TestApp;
let admin: Actor;
let sequence = 0;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.actor('ADMIN', 'North');
});
afterAll(() => app.close());

/** A company twice, as two people would type it in: the same registration number and phone. */
function companyTwice(name: string) {
  sequence += 1;
  const regno = String(44_000_000 + sequence);
  const phone = `+4577${String(sequence).padStart(6, '0')}`;
  return [
    { name: `${name} A/S`, registrationNumber: regno, phone, country: 'DK' },
    { name, registrationNumber: `DK${regno}`, phone: phone.slice(3), country: 'DK', city: 'Aarhus' },
  ];
}

/**
 * Relations inserted around the API, and the others' keys dropped: a database the next scan loads keys into in bulk
 * (it does when fewer keys than records are stored).
 */
async function loadAroundApi(count: number, dataSource = app.dataSource): Promise<number[]> {
  await dataSource.getRepository(MatchKey).delete({ entityType: 'RELATION' });
  const rows = Array.from({ length: count / 2 }, (_, n) => companyTwice(`Rundt Om ${n} Tømrer`)).flat();
  const { identifiers } = await dataSource
    .getRepository(Relation)
    .insert(rows.map((row) => ({ ...row, kind: RelationKind.COMPANY, status: RecordStatus.ACTIVE })));
  return identifiers.map((identifier) => Number(identifier.id));
}

async function createRelations(inputs: Record<string, unknown>[]): Promise<number[]> {
  const { createRelations: items } = ok(
    await app.gql(
      `mutation($i: [RelationInput!]!) { createRelations(inputs: $i) { relation { id } } }`,
      { i: inputs },
      admin.token,
    ),
  );
  return items.map((item: { relation: { id: string } }) => Number(fromGlobalId(item.relation.id).id));
}

async function renameRelation(id: number, name: string): Promise<void> {
  const [{ version }] = await app.dataSource.query(`SELECT version FROM relation WHERE id = ?`, [id]);
  ok(
    await app.gql(
      `mutation($input: UpdateRelationInput!) { updateRelation(input: $input) { id } }`,
      { input: { id: toGlobalId('Relation', id), expectedVersion: version, name } },
      admin.token,
    ),
  );
}

/** Per relation, the keys stored and the keys its fields give now. */
async function keysOfRelations(dataSource: DataSource) {
  const ids = (await dataSource.getRepository(Relation).find({ select: { id: true } })).map((r) => Number(r.id));
  const { records } = await loadMatchRecords(dataSource.manager, 'RELATION', ids);
  const stored = new Map<number, Set<number>>();
  for (const { recordId, key } of await dataSource.getRepository(MatchKey).findBy({ entityType: 'RELATION' }))
    stored.set(recordId, (stored.get(recordId) ?? new Set()).add(key));
  return records.map((record) => ({
    id: Number(record.id),
    stored: [...(stored.get(Number(record.id)) ?? [])].sort(),
    computed: [...new Set(hashedBlockingKeys(normaliseRecord('RELATION', record.fields)))].sort(),
  }));
}

/** The tables and triggers of the database. */
async function schemaObjects(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] = onMysql
    ? await dataSource.query(
        `SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()
         UNION ALL SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()`,
      )
    : await dataSource.query(`SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')`);
  return rows.map((row) => row.name).sort();
}

async function keyIndexColumns(dataSource: DataSource): Promise<string[][]> {
  const runner = dataSource.createQueryRunner();
  try {
    return (await runner.getTable('match_key'))!.indices.map((index) => index.columnNames);
  } finally {
    await runner.release();
  }
}

/** The stored records findMatches offers for a third copy of a company. */
async function candidatesOf(dataSource: DataSource, company: Omit<RelationFields, 'kind'>): Promise<number[]> {
  const matches = await findMatches(
    dataSource.manager,
    { entityType: 'RELATION', fields: { kind: 'COMPANY', ...company } },
    { entityTypes: ['RELATION'], minScore: 0.5 },
  );
  return matches.map((match) => match.recordId).sort((a, b) => a - b);
}

const interruptAt = (step: ScanStep) => (reached: ScanStep) => {
  if (reached === step) throw new Error(`interrupted at ${step}`);
};

describe('a full scan interrupted', () => {
  it.each(STEPS)('at %s leaves match keys that find candidates, and no staging behind', async (step) => {
    await loadAroundApi(12);
    const keyed = companyTwice('Afbrudt Maskinfabrik');
    const keyedIds = await createRelations(keyed);
    const objects = await schemaObjects(app.dataSource);

    await expect(
      scanDuplicates(app.dataSource, { entityTypes: ['RELATION'], pageSize: 4, onStep: interruptAt(step) }),
    ).rejects.toThrow(`interrupted at ${step}`);

    expect(await schemaObjects(app.dataSource)).toEqual(objects);
    expect(await keyIndexColumns(app.dataSource)).toContainEqual(['key', 'entityType', 'recordId']);
    // every record has its keys or none yet: nothing half-written, nothing stale
    for (const { stored, computed } of await keysOfRelations(app.dataSource))
      expect(stored.length === 0 ? 'none' : stored).toEqual(stored.length === 0 ? 'none' : computed);
    expect(await candidatesOf(app.dataSource, { ...keyed[0], name: 'Afbrudt Maskinfabrik ApS' })).toEqual(
      expect.arrayContaining(keyedIds),
    );
  });

  it('by a lost connection leaves a database that works, and the next scan removes what it left', async () => {
    const objects = await schemaObjects(app.dataSource);
    await loadAroundApi(12);
    const scanning = await openDatabase(app.databaseUrl);
    await expect(
      scanDuplicates(scanning, {
        entityTypes: ['RELATION'],
        pageSize: 4,
        onStep: async (step) => {
          if (step === 'keys-loaded') await scanning.destroy();
        },
      }),
    ).rejects.toThrow();

    // as the next process finds it: with the staging tables and the triggers that fill them
    const next = await openDatabase(app.databaseUrl);
    try {
      expect((await schemaObjects(next)).filter((name) => !objects.includes(name))).toEqual([
        'match_key_scan',
        'match_key_scan_log',
        'match_key_scan_log_delete',
        'match_key_scan_log_insert',
      ]);
      expect(await keyIndexColumns(next)).toContainEqual(['key', 'entityType', 'recordId']);
      const company = companyTwice('Efter Nedbrud Smedie');
      const ids = await createRelations(company);
      expect(await candidatesOf(next, { ...company[0], name: 'Efter Nedbrud Smedie ApS' })).toEqual(ids);

      await scanDuplicates(next, { entityTypes: ['RELATION'] });
      expect(await schemaObjects(next)).toEqual(objects);
      for (const { stored, computed } of await keysOfRelations(next)) expect(stored).toEqual(computed);
    } finally {
      await next.destroy();
    }
  });
});

describe('relations written during a full scan', () => {
  it('keep their keys: created ones and renamed ones', async () => {
    await loadAroundApi(8);
    // the first records the scan reads: renamed after it read them, at every step but the first
    const firstRead = (
      await app.dataSource.getRepository(Relation).find({ order: { id: 'ASC' }, take: STEPS.length })
    ).map((relation) => Number(relation.id));
    const created: { ids: number[]; company: Omit<RelationFields, 'kind'> }[] = [];
    const renamedAt = new Map<number, ScanStep>();
    await scanDuplicates(app.dataSource, {
      entityTypes: ['RELATION'],
      pageSize: 4,
      onStep: async (step) => {
        if ([...renamedAt.values()].includes(step)) return;
        const company = companyTwice(`Skrevet Under ${step} Trykkeri`);
        created.push({ ids: await createRelations(company), company: company[0] });
        const id = firstRead[renamedAt.size];
        renamedAt.set(id, step);
        await renameRelation(id, `Omdøbt ${step} Bageri`);
      },
    });
    expect([...renamedAt.values()]).toEqual(STEPS);

    const keys = new Map((await keysOfRelations(app.dataSource)).map((entry) => [entry.id, entry]));
    for (const { ids, company } of created) {
      for (const id of ids) expect(keys.get(id)!.stored).toEqual(expect.arrayContaining(keys.get(id)!.computed));
      expect(await candidatesOf(app.dataSource, { ...company, name: `${company.name} ApS` })).toEqual(
        expect.arrayContaining(ids),
      );
    }
    for (const [id, step] of renamedAt) {
      const { stored, computed } = keys.get(id)!;
      // MySQL: renamed once the staged keys were caught up with the live ones, the old name's keys stay as well
      if (onMysql && STEPS.indexOf(step) >= STEPS.indexOf('caught-up'))
        expect(stored).toEqual(expect.arrayContaining(computed));
      else expect(stored).toEqual(computed);
    }
  });
});

describe('a full scan of another database on the same server', () => {
  it('does not keep this database from scanning at the same time', async () => {
    const other = await openDatabase(await freshOtherDatabaseUrl());
    try {
      await loadAroundApi(4, other);
      await loadAroundApi(4);
      let scannedHere = false;
      await scanDuplicates(other, {
        entityTypes: ['RELATION'],
        onStep: async (step) => {
          if (step !== 'staged') return;
          await scanDuplicates(app.dataSource, { entityTypes: ['RELATION'] });
          scannedHere = true;
        },
      });
      expect(scannedHere).toBe(true);
      for (const { stored, computed } of await keysOfRelations(app.dataSource)) expect(stored).toEqual(computed);
    } finally {
      await other.destroy();
    }
  });
});
