import type { EntityManager } from 'typeorm';
import { deleteRow, insertRow, readRows, readRowsIn, sameValues, type RowImage } from '../../db/raw-rows';
import { Finding, ValidationCount, ValidationEntry } from '../../entities';
import { addCounts } from '../validation/finding-counts';
import { recordCountsMovedBy, syncFindings, type CountDelta } from '../validation/finding-sync';
import { addRecordCounts } from '../validation/record-counts';
import type { EntityType } from '../record-fields';

/**
 * The validation rows of a merge's records: their findings and report entries,
 * and the count rows of their record types, divisions and owners. Recomputing
 * them on undo would give findings new ids and forget what stewards ignored, so
 * the undo puts these images back where nothing has changed them since.
 */
export interface FindingImages {
  findings: RowImage[];
  entries: RowImage[];
  counts: RowImage[];
}

/** Count rows are kept per record type, division and owner (0 for none). */
export interface CountScope {
  entityType: EntityType;
  divisionId: number | null;
  ownerId: number | null;
}

async function readCounts(manager: EntityManager, scopes: CountScope[]): Promise<RowImage[]> {
  const distinct = new Map(scopes.map((s) => [`${s.entityType}|${s.divisionId ?? 0}|${s.ownerId ?? 0}`, s]));
  const rows: RowImage[] = [];
  for (const [n, scope] of [...distinct.values()].entries()) {
    const parameters = { [`t${n}`]: scope.entityType, [`d${n}`]: scope.divisionId ?? 0, [`o${n}`]: scope.ownerId ?? 0 };
    rows.push(
      ...(await readRows(
        manager,
        ValidationCount,
        `entityType = :t${n} AND divisionId = :d${n} AND ownerId = :o${n}`,
        parameters,
      )),
    );
  }
  return rows;
}

export async function readFindingImages(
  manager: EntityManager,
  recordKeys: number[],
  scopes: CountScope[],
): Promise<FindingImages> {
  return {
    findings: await readRowsIn(manager, Finding, 'recordKey', recordKeys),
    entries: await readRowsIn(manager, ValidationEntry, 'id', recordKeys),
    counts: await readCounts(manager, scopes),
  };
}

/** The record key of a finding or report entry image. */
export const recordKeyOf = (row: RowImage) => Number(row.recordKey ?? row.id);

function byRecord(images: Pick<FindingImages, 'findings' | 'entries'>): Map<number, RowImage[]> {
  const groups = new Map<number, RowImage[]>();
  for (const row of [...images.findings, ...images.entries])
    groups.set(recordKeyOf(row), [...(groups.get(recordKeyOf(row)) ?? []), row]);
  return groups;
}

const isFinding = (row: RowImage) => 'recordKey' in row;

function sameRows(a: RowImage[], b: RowImage[]): boolean {
  const tag = (row: RowImage) => `${isFinding(row) ? 'f' : 'e'}${row.id}`;
  const other = new Map(b.map((row) => [tag(row), row]));
  return a.length === b.length && a.every((row) => other.has(tag(row)) && sameValues(row, other.get(tag(row))!));
}

/** How the counts move when these findings go and those come: what syncFindings counts for removing each. */
function countsMovedBy(removed: RowImage[], added: RowImage[]): CountDelta[] {
  const removing = (rows: RowImage[]) =>
    syncFindings([], { findings: rows as unknown as Finding[], entries: [] }).counts;
  const deltas = new Map<string, CountDelta>();
  const add = (delta: CountDelta, sign: 1 | -1) => {
    const key = `${delta.entityType}|${delta.divisionId}|${delta.ownerId}|${delta.code}`;
    const sum = deltas.get(key) ?? { ...delta, records: 0, findings: 0, ignored: 0 };
    deltas.set(key, {
      ...sum,
      records: sum.records + sign * delta.records,
      findings: sum.findings + sign * delta.findings,
      ignored: sum.ignored + sign * delta.ignored,
    });
  };
  for (const delta of removing(removed)) add(delta, 1);
  for (const delta of removing(added)) add(delta, -1);
  return [...deltas.entries()]
    .filter(([, d]) => d.records !== 0 || d.findings !== 0 || d.ignored !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, d]) => d);
}

/**
 * Puts back the findings and entry of every record whose rows are still as the
 * merge left them, moving the counts with them; the rest are left to the
 * refresh that follows.
 */
export async function restoreFindingImages(
  manager: EntityManager,
  before: FindingImages,
  after: FindingImages,
): Promise<void> {
  const wanted = byRecord(before);
  const left = byRecord(after);
  const keys = [...new Set([...wanted.keys(), ...left.keys()])];
  const current = byRecord(await readFindingImages(manager, keys, []));
  const removed: RowImage[] = [];
  const added: RowImage[] = [];
  for (const key of keys) {
    const now = current.get(key) ?? [];
    if (!sameRows(now, left.get(key) ?? [])) continue;
    for (const row of now) await deleteRow(manager, isFinding(row) ? Finding : ValidationEntry, row);
    for (const row of wanted.get(key) ?? []) await insertRow(manager, isFinding(row) ? Finding : ValidationEntry, row);
    removed.push(...now);
    added.push(...(wanted.get(key) ?? []));
  }
  await addCounts(manager, countsMovedBy(removed.filter(isFinding), added.filter(isFinding)));
  const entries = (rows: RowImage[]) => rows.filter((row) => !isFinding(row)) as unknown as ValidationEntry[];
  await addRecordCounts(manager, recordCountsMovedBy(entries(removed), entries(added)));
}

/** Deletes the count rows the merge created that count nothing any more, so that none of it is left. */
export async function dropCreatedCounts(
  manager: EntityManager,
  before: FindingImages,
  after: FindingImages,
): Promise<void> {
  const key = (row: RowImage) => `${row.entityType}|${row.divisionId ?? 0}|${row.ownerId ?? 0}|${row.code}`;
  const existed = new Set(before.counts.map(key));
  const touched = new Map([...before.findings, ...after.findings].map((row) => [key(row), row]));
  for (const [name, row] of touched) {
    if (existed.has(name)) continue;
    await manager
      .createQueryBuilder()
      .delete()
      .from(ValidationCount)
      .where('entityType = :entityType AND divisionId = :divisionId AND ownerId = :ownerId AND code = :code', {
        entityType: row.entityType,
        divisionId: row.divisionId ?? 0,
        ownerId: row.ownerId ?? 0,
        code: row.code,
      })
      .andWhere('records = 0 AND findings = 0 AND ignored = 0')
      .execute();
  }
}
