import { In, type EntityManager } from 'typeorm';
import { bulkInsert } from '../../db/bulk-insert';
import { forUpdate } from '../../db/dialect';
import { plainRows } from '../../db/plain-rows';
import { Finding, ValidationEntry } from '../../entities';
import type { EntityType } from '../record-fields';
import { addCounts } from './finding-counts';
import { addRecordCounts } from './record-counts';
import type { FindingChanges, StoredFindings } from './finding-sync';

const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) out.push(items.slice(start, start + CHUNK));
  return out;
}

/**
 * What is stored for these records, locked until the transaction ends on
 * MySQL: the count deltas are worked out from it, so no concurrent refresh of
 * the same records may read it meanwhile.
 */
export async function loadStoredByKeys(manager: EntityManager, keys: number[]): Promise<StoredFindings> {
  if (keys.length === 0) return { findings: [], entries: [] };
  return {
    findings: await plainRows(forUpdate(manager.createQueryBuilder(Finding, 'f').where({ recordKey: In(keys) }))),
    entries: await plainRows(forUpdate(manager.createQueryBuilder(ValidationEntry, 'e').where({ id: In(keys) }))),
  };
}

/** What is stored for the records of one type whose keys lie in [min, max]: a scan's batch, including records deleted since. */
export async function loadStoredInRange(
  manager: EntityManager,
  entityType: EntityType,
  [min, max]: [number, number],
): Promise<StoredFindings> {
  const range = { min, max, entityType };
  return {
    findings: await plainRows(
      manager
        .createQueryBuilder(Finding, 'f')
        .where('f.recordKey BETWEEN :min AND :max AND f.entityType = :entityType', range),
    ),
    entries: await plainRows(
      manager
        .createQueryBuilder(ValidationEntry, 'e')
        .where('e.id BETWEEN :min AND :max AND e.entityType = :entityType', range),
    ),
  };
}

/** Writes what syncFindings decided; `counts: false` leaves the counts and record counts to a rebuild (the full scan). */
export async function writeChanges(
  manager: EntityManager,
  changes: FindingChanges,
  options: { counts: boolean },
): Promise<void> {
  for (const ids of chunks(changes.deleteFindings)) await manager.delete(Finding, { id: In(ids) });
  for (const ids of chunks(changes.deleteEntries)) await manager.delete(ValidationEntry, { id: In(ids) });
  await bulkInsert(manager, Finding, changes.rewriteFindings);
  await bulkInsert(manager, Finding, changes.insertFindings);
  await bulkInsert(manager, ValidationEntry, changes.insertEntries);
  if (options.counts) {
    await addCounts(manager, changes.counts);
    await addRecordCounts(manager, changes.recordCounts);
  }
}
