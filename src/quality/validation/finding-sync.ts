import type { Finding, ValidationEntry } from '../../entities';
import type { Severity } from '../../entities/enums';
import { recordKey } from './record-key';
import { validateRecord } from './rule-registry';
import type { ValidatedRecord } from './validated-records';

/** A finding's columns, as stored. */
export type FindingRow = Omit<Finding, 'id' | 'globalId' | 'ignored'>;
export type StoredFinding = FindingRow & { id: number };

/** What is stored for a set of records before a refresh. */
export interface StoredFindings {
  findings: StoredFinding[];
  entries: ValidationEntry[];
}

/** A steward's "false alarm" on one finding, applied during the refresh that follows it. */
export interface IgnoreMark {
  findingId: number;
  at: Date;
  byId: number | null;
  reason: string;
}

/** How the counts of one (record type, division, owner, rule) move; 0 stands for no division or owner. */
export interface CountDelta {
  entityType: FindingRow['entityType'];
  divisionId: number;
  ownerId: number;
  code: string;
  severity: Severity;
  records: number;
  findings: number;
  ignored: number;
}

/** How the report's records of one (record type, division, owner) move; 0 stands for no division or owner. */
export interface RecordCountDelta {
  entityType: FindingRow['entityType'];
  divisionId: number;
  ownerId: number;
  records: number;
  errorRecords: number;
  warningRecords: number;
}

/**
 * The writes that bring the stored findings, report entries and counts in line
 * with the records. A changed row is deleted and inserted again whole under its
 * id, so that every write is a bulk one.
 */
export interface FindingChanges {
  /** gone, or changed (and in rewriteFindings) */
  deleteFindings: number[];
  insertFindings: FindingRow[];
  rewriteFindings: StoredFinding[];
  /** gone, or changed (and in insertEntries) */
  deleteEntries: number[];
  insertEntries: ValidationEntry[];
  counts: CountDelta[];
  recordCounts: RecordCountDelta[];
}

interface Ignore {
  at: Date;
  byId: number | null;
  reason: string | null;
}

const FINDING_COLUMNS = [
  'entityType',
  'severity',
  'message',
  'value',
  'suggestedValue',
  'listed',
  'divisionId',
  'ownerId',
  'ignoredAt',
  'ignoredById',
  'ignoredReason',
] as const;
const ENTRY_COLUMNS = [
  'entityType',
  'recordId',
  'divisionId',
  'ownerId',
  'recordCreatedAt',
  'searchText',
  'errorCount',
  'warningCount',
] as const;

const slotOf = (code: string, field: string) => `${code}\u0000${field}`;
const NONE_STORED: ReadonlyMap<string, StoredFinding> = new Map();

function same(a: unknown, b: unknown): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

function differs<T extends object>(stored: T, next: T, columns: readonly (keyof T)[]): boolean {
  return columns.some((column) => !same(stored[column], next[column]));
}

/** An ignore holds while the value is the one it was ignored at. */
function ignoreOf(
  stored: StoredFinding | undefined,
  value: string | null,
  mark: IgnoreMark | undefined,
): Ignore | null {
  if (!stored || stored.value !== value) return null;
  if (mark?.findingId === stored.id) return mark;
  return stored.ignoredAt ? { at: stored.ignoredAt, byId: stored.ignoredById, reason: stored.ignoredReason } : null;
}

/** The record's findings now, each slot (rule and field) once; the first open finding of each rule lists the record under it. */
function findingRows(
  record: ValidatedRecord,
  key: number,
  stored: ReadonlyMap<string, StoredFinding>,
  mark: IgnoreMark | undefined,
): FindingRow[] {
  const rows: FindingRow[] = [];
  const slots = new Set<string>();
  const listedCodes = new Set<string>();
  for (const found of validateRecord(record.entityType, record.fields)) {
    const slot = slotOf(found.code, found.field);
    if (slots.has(slot)) continue;
    slots.add(slot);
    const ignore = ignoreOf(stored.get(slot), found.value, mark);
    const listed = ignore === null && !listedCodes.has(found.code);
    if (listed) listedCodes.add(found.code);
    rows.push({
      recordKey: key,
      entityType: record.entityType,
      code: found.code,
      severity: found.severity as Severity,
      field: found.field,
      message: found.message,
      value: found.value,
      suggestedValue: found.suggestedValue,
      listed,
      divisionId: record.divisionId,
      ownerId: record.ownerId,
      ignoredAt: ignore?.at ?? null,
      ignoredById: ignore?.byId ?? null,
      ignoredReason: ignore?.reason ?? null,
    });
  }
  return rows;
}

function entryRow(record: ValidatedRecord, key: number, rows: FindingRow[]): ValidationEntry {
  let errorCount = 0;
  let warningCount = 0;
  for (const row of rows) {
    if (row.ignoredAt !== null) continue;
    if (row.severity === 'ERROR') errorCount += 1;
    else warningCount += 1;
  }
  return {
    id: key,
    entityType: record.entityType,
    recordId: record.id,
    divisionId: record.divisionId,
    ownerId: record.ownerId,
    recordCreatedAt: record.createdAt,
    searchText: record.searchText,
    errorCount,
    warningCount,
  };
}

function tally(counts: Map<string, CountDelta>, row: FindingRow, sign: 1 | -1): void {
  const divisionId = row.divisionId ?? 0;
  const ownerId = row.ownerId ?? 0;
  const key = `${row.entityType}|${divisionId}|${ownerId}|${row.code}`;
  let delta = counts.get(key);
  if (!delta)
    counts.set(
      key,
      (delta = {
        entityType: row.entityType,
        divisionId,
        ownerId,
        code: row.code,
        severity: row.severity,
        records: 0,
        findings: 0,
        ignored: 0,
      }),
    );
  if (row.listed) delta.records += sign;
  if (row.ignoredAt === null) delta.findings += sign;
  else delta.ignored += sign;
}

function groupByKey<T>(items: T[], keyOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/** Syncs one record's findings with what it had stored; answers its findings now. */
function syncRecord(
  record: ValidatedRecord,
  stored: StoredFinding[],
  mark: IgnoreMark | undefined,
  changes: FindingChanges,
  counts: Map<string, CountDelta>,
): FindingRow[] {
  const key = recordKey(record.entityType, record.id);
  const bySlot = stored.length > 0 ? new Map(stored.map((f) => [slotOf(f.code, f.field), f])) : NONE_STORED;
  const rows = findingRows(record, key, bySlot, mark);
  const kept = new Set<number>();
  for (const row of rows) {
    tally(counts, row, 1);
    const before = bySlot.get(slotOf(row.code, row.field));
    if (!before) {
      changes.insertFindings.push(row);
      continue;
    }
    kept.add(before.id);
    tally(counts, before, -1);
    if (differs<FindingRow>(before, row, FINDING_COLUMNS)) {
      changes.deleteFindings.push(before.id);
      changes.rewriteFindings.push({ ...row, id: before.id });
    }
  }
  for (const gone of stored) {
    if (kept.has(gone.id)) continue;
    tally(counts, gone, -1);
    changes.deleteFindings.push(gone.id);
  }
  return rows;
}

/**
 * Validates the records and compares with what is stored for them: a finding
 * whose rule and field still fire keeps its row (and its ignore, while the
 * value is unchanged); anything stored for a record not among `records`
 * (closed, or gone) is removed. Pure: the caller loads and writes.
 */
export function syncFindings(records: ValidatedRecord[], stored: StoredFindings, mark?: IgnoreMark): FindingChanges {
  const changes: FindingChanges = {
    deleteFindings: [],
    insertFindings: [],
    rewriteFindings: [],
    deleteEntries: [],
    insertEntries: [],
    counts: [],
    recordCounts: [],
  };
  const counts = new Map<string, CountDelta>();
  const storedFindings = groupByKey(stored.findings, (f) => f.recordKey);
  const storedEntries = new Map(stored.entries.map((entry) => [entry.id, entry]));

  for (const record of records) {
    const key = recordKey(record.entityType, record.id);
    const rows = syncRecord(record, storedFindings.get(key) ?? [], mark, changes, counts);
    storedFindings.delete(key);
    const before = storedEntries.get(key);
    storedEntries.delete(key);
    const entry = rows.length > 0 ? entryRow(record, key, rows) : null;
    const changed = !before || !entry || differs<ValidationEntry>(before, entry, ENTRY_COLUMNS);
    if (before && changed) changes.deleteEntries.push(key);
    if (entry && changed) changes.insertEntries.push(entry);
  }

  for (const findings of storedFindings.values()) {
    for (const gone of findings) {
      tally(counts, gone, -1);
      changes.deleteFindings.push(gone.id);
    }
  }
  changes.deleteEntries.push(...storedEntries.keys());
  const entryById = new Map(stored.entries.map((entry) => [entry.id, entry]));
  changes.recordCounts = recordCountsMovedBy(
    changes.deleteEntries.map((key) => entryById.get(key)!),
    changes.insertEntries,
  );
  // sorted, so concurrent transactions lock count rows in one order
  changes.counts = [...counts.entries()]
    .filter(([, d]) => d.records !== 0 || d.findings !== 0 || d.ignored !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, d]) => d);
  return changes;
}

type CountedEntry = Pick<ValidationEntry, 'entityType' | 'divisionId' | 'ownerId' | 'errorCount' | 'warningCount'>;

/** How the report's record counts move when these entries go and those come; in key order, as for the counts. */
export function recordCountsMovedBy(removed: CountedEntry[], added: CountedEntry[]): RecordCountDelta[] {
  const deltas = new Map<string, RecordCountDelta>();
  const add = (entry: CountedEntry, sign: 1 | -1) => {
    const errors = Number(entry.errorCount) > 0 ? 1 : 0;
    const warnings = Number(entry.warningCount) > 0 ? 1 : 0;
    if (!errors && !warnings) return;
    const divisionId = entry.divisionId ?? 0;
    const ownerId = entry.ownerId ?? 0;
    const key = [entry.entityType, String(divisionId).padStart(10, '0'), String(ownerId).padStart(10, '0')].join('|');
    const delta = deltas.get(key) ?? {
      entityType: entry.entityType,
      divisionId,
      ownerId,
      records: 0,
      errorRecords: 0,
      warningRecords: 0,
    };
    delta.records += sign;
    delta.errorRecords += sign * errors;
    delta.warningRecords += sign * warnings;
    deltas.set(key, delta);
  };
  for (const entry of removed) add(entry, -1);
  for (const entry of added) add(entry, 1);
  return [...deltas.entries()]
    .filter(([, d]) => d.records !== 0 || d.errorRecords !== 0 || d.warningRecords !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, d]) => d);
}
