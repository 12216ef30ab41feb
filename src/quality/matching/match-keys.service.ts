import { In, type EntityManager } from 'typeorm';
import { bulkInsert } from '../../db/bulk-insert';
import { MatchKey } from '../../entities/match-key.entity';
import type { EntityType } from '../record-fields';
import { withAlternateValues } from './alternate-values';
import { hashedBlockingKeys } from './match-key-hash';
import type { MatchRecord } from './match-record';
import { normaliseRemembered } from './remembered-normalisation';

/**
 * Recomputes the blocking keys of the records with these ids (`records`: those of them not merged, as loaded by
 * loadMatchRecords), their alternate values' too; runs in the transaction that wrote them. Merged records keep
 * none. New records have no keys to delete, and skipping that DELETE matters on MySQL: it would gap-lock the end
 * of the index, where every concurrent insert of new records' keys goes, and deadlock.
 */
export async function refreshMatchKeys(
  manager: EntityManager,
  entityType: EntityType,
  ids: number[],
  records: MatchRecord[],
  created = false,
): Promise<void> {
  if (ids.length === 0) return;
  if (!created) await manager.delete(MatchKey, { entityType, recordId: In(ids) });
  const rows = new Map<string, MatchKey>();
  for (const record of await withAlternateValues(manager, entityType, records)) {
    for (const key of hashedBlockingKeys(normaliseRemembered(entityType, record.fields)))
      rows.set(`${record.id}|${key}`, { entityType, recordId: Number(record.id), key });
  }
  await bulkInsert(manager, MatchKey, [...rows.values()]);
}
