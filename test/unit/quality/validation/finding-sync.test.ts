import { Finding, ValidationEntry } from '../../../../src/entities';
import type { RelationFields } from '../../../../src/quality/record-fields';
import { syncFindings, type FindingRow, type StoredFindings } from '../../../../src/quality/validation/finding-sync';
import { recordKey } from '../../../../src/quality/validation/record-key';
import type { ValidatedRecord } from '../../../../src/quality/validation/validated-records';

const CREATED = new Date('2025-03-01T10:00:00Z');
const NOTHING: StoredFindings = { findings: [], entries: [] };
const NO_CHANGES = {
  deleteFindings: [],
  insertFindings: [],
  rewriteFindings: [],
  deleteEntries: [],
  insertEntries: [],
  counts: [],
  recordCounts: [],
};

function relation(
  id: number,
  fields: Partial<RelationFields>,
  owner: { divisionId?: number | null; ownerId?: number | null } = {},
): ValidatedRecord {
  return {
    entityType: 'RELATION',
    id,
    version: 1,
    divisionId: owner.divisionId ?? 7,
    ownerId: owner.ownerId ?? null,
    createdAt: CREATED,
    fields: { kind: 'COMPANY', name: 'Hansen ApS', country: 'DK', ...fields },
    searchText: 'Hansen ApS',
  };
}

/** What a first sync stored, as the database would hand it back: rows with ids. */
function stored(records: ValidatedRecord[]): StoredFindings {
  const changes = syncFindings(records, NOTHING);
  return {
    findings: changes.insertFindings.map((row, n) => Object.assign(new Finding(), row, { id: 100 + n })),
    entries: changes.insertEntries.map((entry) => Object.assign(new ValidationEntry(), entry)),
  };
}

const codes = (rows: FindingRow[]) => rows.map((row) => `${row.code}:${row.field}`).sort();

describe('syncFindings', () => {
  it('inserts the findings of a new record and its report entry, with its counts', () => {
    const changes = syncFindings([relation(1, { name: 'HANSEN APS', phone: '40 12 34 56' })], NOTHING);
    expect(codes(changes.insertFindings)).toEqual(['NAME_ALL_CAPS:name', 'PHONE_NOT_E164:phone']);
    expect(changes.insertEntries).toEqual([
      expect.objectContaining({
        id: recordKey('RELATION', 1),
        recordId: 1,
        divisionId: 7,
        recordCreatedAt: CREATED,
        errorCount: 0,
        warningCount: 2,
      }),
    ]);
    expect(changes.counts).toEqual([
      expect.objectContaining({
        code: 'NAME_ALL_CAPS',
        divisionId: 7,
        ownerId: 0,
        records: 1,
        findings: 1,
        ignored: 0,
      }),
      expect.objectContaining({ code: 'PHONE_NOT_E164', records: 1, findings: 1 }),
    ]);
  });

  it('writes nothing for a record with no findings', () => {
    const changes = syncFindings([relation(1, {})], NOTHING);
    expect(changes).toEqual(NO_CHANGES);
  });

  it('changes nothing when the record is as it was', () => {
    const record = relation(1, { phone: '40 12 34 56' });
    expect(syncFindings([record], stored([record]))).toEqual(NO_CHANGES);
  });

  it('rewrites a finding under its own id when its value changes', () => {
    const before = stored([relation(1, { phone: '40 12 34 56' })]);
    const changes = syncFindings([relation(1, { phone: '40 12 34 57' })], before);
    expect(changes.insertFindings).toEqual([]);
    expect(changes.deleteFindings).toEqual([100]);
    expect(changes.rewriteFindings).toEqual([
      expect.objectContaining({ id: 100, value: '40 12 34 57', suggestedValue: '+4540123457' }),
    ]);
  });

  it('removes the findings and the entry of a solved problem, and counts them down', () => {
    const before = stored([relation(1, { phone: '40 12 34 56' })]);
    const changes = syncFindings([relation(1, { phone: '+4540123456' })], before);
    expect(changes.deleteFindings).toEqual([100]);
    expect(changes.deleteEntries).toEqual([recordKey('RELATION', 1)]);
    expect(changes.insertEntries).toEqual([]);
    expect(changes.counts).toEqual([expect.objectContaining({ code: 'PHONE_NOT_E164', records: -1, findings: -1 })]);
  });

  it('removes everything stored for a record that is no longer validated (closed or gone)', () => {
    const before = stored([relation(1, { phone: '40 12 34 56' })]);
    const changes = syncFindings([], before);
    expect(changes.deleteFindings).toEqual([100]);
    expect(changes.deleteEntries).toEqual([recordKey('RELATION', 1)]);
  });

  it('moves findings, entry and counts to a new owner', () => {
    const before = stored([relation(1, { phone: '40 12 34 56' })]);
    const changes = syncFindings([relation(1, { phone: '40 12 34 56' }, { ownerId: 3 })], before);
    expect(changes.rewriteFindings).toEqual([expect.objectContaining({ id: 100, ownerId: 3 })]);
    expect(changes.insertEntries).toEqual([expect.objectContaining({ id: recordKey('RELATION', 1), ownerId: 3 })]);
    expect(changes.counts.map((d) => [d.ownerId, d.records])).toEqual([
      [0, -1],
      [3, 1],
    ]);
  });

  describe('ignoring', () => {
    const mark = { findingId: 100, at: new Date('2025-03-02T08:00:00Z'), byId: 9, reason: 'It is their brand' };

    it('marks the finding ignored, takes it off the report and counts it as ignored', () => {
      const record = relation(1, { name: 'IBM DANMARK APS' });
      const changes = syncFindings([record], stored([record]), mark);
      expect(changes.rewriteFindings).toEqual([
        expect.objectContaining({
          id: 100,
          listed: false,
          ignoredAt: mark.at,
          ignoredById: 9,
          ignoredReason: 'It is their brand',
        }),
      ]);
      expect(changes.insertEntries).toEqual([expect.objectContaining({ warningCount: 0 })]);
      expect(changes.counts).toEqual([
        expect.objectContaining({ code: 'NAME_ALL_CAPS', records: -1, findings: -1, ignored: 1 }),
      ]);
    });

    it('keeps an ignore while the value stays the same', () => {
      const record = relation(1, { name: 'IBM DANMARK APS' });
      const ignored = stored([record]);
      Object.assign(ignored.findings[0], {
        listed: false,
        ignoredAt: mark.at,
        ignoredById: 9,
        ignoredReason: mark.reason,
      });
      Object.assign(ignored.entries[0], { warningCount: 0 });
      expect(
        syncFindings([relation(1, { name: 'IBM DANMARK APS', city: 'Kongens Lyngby' })], ignored).rewriteFindings,
      ).toEqual([]);
    });

    it('opens the finding again once the value changes', () => {
      const ignored = stored([relation(1, { name: 'IBM DANMARK APS' })]);
      Object.assign(ignored.findings[0], {
        listed: false,
        ignoredAt: mark.at,
        ignoredById: 9,
        ignoredReason: mark.reason,
      });
      const changes = syncFindings([relation(1, { name: 'IBM DENMARK APS' })], ignored);
      expect(changes.rewriteFindings[0]).toMatchObject({
        value: 'IBM DENMARK APS',
        listed: true,
        ignoredAt: null,
        ignoredReason: null,
      });
    });
  });

  it('lists a record under a rule once, by its first open finding of the rule', () => {
    const changes = syncFindings([relation(1, { name: 'Hansen  ApS', city: 'Aarhus  C' })], NOTHING);
    const whitespace = changes.insertFindings.filter((row) => row.code === 'WHITESPACE');
    expect(whitespace.map((row) => [row.field, row.listed])).toEqual([
      ['name', true],
      ['city', false],
    ]);
    expect(changes.counts).toEqual([expect.objectContaining({ code: 'WHITESPACE', records: 1, findings: 2 })]);
  });
});
