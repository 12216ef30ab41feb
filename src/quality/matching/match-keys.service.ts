import { In, type EntityManager } from 'typeorm';
import { MatchKey } from '../../entities/match-key.entity';
import type { EntityType } from '../record-fields';
import { withAlternateValues } from './alternate-values';
import { blockingKeys } from './blocking-keys';
import { loadMatchRecords } from './record-loader';

const INSERT_CHUNK = 500;

/**
 * Recomputes the blocking keys of these records, their alternate values' too; runs in the transaction that wrote
 * them. Merged records keep none. New records have no keys to delete, and skipping that DELETE matters on MySQL:
 * it would gap-lock the end of the index, where every concurrent insert of new records' keys goes, and deadlock.
 */
export async function refreshMatchKeys(manager: EntityManager, entityType: EntityType, ids: number[], created = false): Promise<void> {
  if (ids.length === 0) return;
  const { records } = await loadMatchRecords(manager, entityType, ids);
  if (!created) await manager.delete(MatchKey, { entityType, recordId: In(ids) });
  const rows = new Map<string, MatchKey>();
  for (const record of await withAlternateValues(manager, entityType, records)) {
    for (const key of blockingKeys(record)) rows.set(`${record.id}|${key}`, { entityType, recordId: Number(record.id), key });
  }
  const values = [...rows.values()];
  for (let start = 0; start < values.length; start += INSERT_CHUNK) {
    await manager.insert(MatchKey, values.slice(start, start + INSERT_CHUNK));
  }
}
