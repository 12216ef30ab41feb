import { Relation, TrainedModel } from '../../src/entities';
import { RecordStatus, RelationKind } from '../../src/entities/enums';
import { AUTO_TRAIN_MIN_RECORDS } from '../../src/quality/duplicates/dedupe.command';
import { crm } from '../support/crm-command';
import { scratchDir, type ScratchDir } from '../support/scratch-dir';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let files: ScratchDir;

beforeAll(async () => {
  app = await startTestApp();
  files = scratchDir('dedupe-eval');
});
afterAll(async () => {
  files.remove();
  await app.close();
});

/** Two real restaurants written twice (a local phone, street spellings), one listed once, and one row with no label. */
const LABELLED = [
  'Name;Street;City;Phone;Country;Entity',
  'Beacon Diner;4520 N Beacon St;Springfield;(217) 555-0142;US;1',
  'Beacon Diner Inc;4520 North Beacon Street;;555-0142;US;1',
  'Harbor Books;12 Harbor Rd;Springfield;(217) 555-0199;US;2',
  'Harbor Books;12 Harbor Road;Springfield;217-555-0199;US;2',
  'Elm Grill;90 Elm Ave;Springfield;(217) 555-0177;US;3',
  'Oak Tavern;7 Oak Ter;Springfield;(217) 555-0100;US;',
].join('\n');

describe('crm dedupe eval', () => {
  it('imports a labelled file into a scratch database, scans it and prints pairwise figures, blocking recall and a sweep', async () => {
    const before = await app.dataSource.getRepository(Relation).count();
    const file = files.write('labelled.csv', LABELLED);
    const { status, lines, stderr } = crm(
      app.databaseUrl,
      'dedupe',
      'eval',
      file,
      '--entity',
      'relations',
      '--truth',
      'Entity',
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(lines[0]).toMatch(
      /^Imported 6 of 6 rows \(0 rejected\) into a scratch database; the default model, threshold 0.9\.$/,
    );
    expect(lines[1]).toBe('Scan: precision 100.0 %, recall 100.0 %, F1 100.0 % (2 of 2 true pairs, 2 predicted)');
    expect(lines[2]).toMatch(/^labelled\.csv: 6 records, 2 true pairs, \d+ candidate pairs, blocking recall 100\.0 %$/);
    expect(lines.some((line) => /^0\.5 +\d/.test(line))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^best threshold [\d.]+ \(F1 100\.0 %\)$/);
    expect(await app.dataSource.getRepository(Relation).count()).toBe(before);
  });

  it('names the columns when the truth column is missing', () => {
    const file = files.write('unlabelled.csv', 'Name;City\nBeacon Diner;Springfield\n');
    const { status, stderr } = crm(
      app.databaseUrl,
      'dedupe',
      'eval',
      file,
      '--entity',
      'relations',
      '--truth',
      'Entity',
    );
    expect(status).not.toBe(0);
    expect(stderr).toContain("has no column 'Entity' (its columns: Name, City)");
  });
});

describe('crm dedupe scan on a database with no model', () => {
  it('trains one first (EM) when there are enough records, and says so', async () => {
    const rows = Array.from({ length: AUTO_TRAIN_MIN_RECORDS }, (_, n) => ({
      name: `Autotræn ${n % 2 === 0 ? n : n - 1} ApS`,
      phone: `+45 7${String(1_000_000 + n - (n % 2))}`,
      city: `By ${n % 37}`,
      kind: RelationKind.COMPANY,
      status: RecordStatus.ACTIVE,
      country: 'DK',
    }));
    for (let at = 0; at < rows.length; at += 200)
      await app.dataSource.getRepository(Relation).insert(rows.slice(at, at + 200));
    const untrained = crm(app.databaseUrl, 'dedupe', 'scan', '--entity', 'relations', '--no-train');
    expect(untrained.status).toBe(0);
    expect(await app.dataSource.getRepository(TrainedModel).count()).toBe(0);
    const { status, lines } = crm(app.databaseUrl, 'dedupe', 'scan', '--entity', 'relations');
    expect(status).toBe(0);
    expect(lines[0]).toMatch(/^No trained model yet: trained model \d+ on 1,00\d of 1,00\d records \(EM, [\d.]+ s\)/);
    const [stored] = await app.dataSource.getRepository(TrainedModel).find({ order: { id: 'DESC' }, take: 1 });
    expect(stored.model.training?.records).toBeGreaterThanOrEqual(AUTO_TRAIN_MIN_RECORDS);
    const again = crm(app.databaseUrl, 'dedupe', 'scan', '--entity', 'relations');
    expect(again.lines[0]).toMatch(/^relations: /);
  }, 180_000);
});

describe('crm dedupe scan --threshold', () => {
  it('stores the threshold as the one pairs are judged by from now on', async () => {
    const { status, lines } = crm(app.databaseUrl, 'dedupe', 'scan', '--entity', 'relations', '--threshold', '0.97');
    expect(status).toBe(0);
    expect(lines[0]).toBe('Match threshold 0.97 stored: scans, findMatches and imports judge pairs by it from now on.');
    const [stored] = await app.dataSource.getRepository(TrainedModel).find({ order: { id: 'DESC' }, take: 1 });
    expect(stored.model.threshold).toBe(0.97);
  });

  it('refuses a threshold that is no probability', () => {
    const { status, stderr } = crm(app.databaseUrl, 'dedupe', 'scan', '--threshold', '1.5');
    expect(status).not.toBe(0);
    expect(stderr).toContain('a match probability above 0 and below 1');
  });
});
