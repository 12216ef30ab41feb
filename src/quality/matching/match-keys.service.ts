import { In, type EntityManager } from 'typeorm';
import { MatchKey } from '../../entities/match-key.entity';
import type { EntityType } from '../record-fields';
import { blockingKeys } from './blocking-keys';
import { loadMatchRecords } from './record-loader';

const INSERT_CHUNK = 500;

/** Recomputes the blocking keys of these records; runs in the transaction that wrote them. Merged records keep none. */
export async function refreshMatchKeys(manager: EntityManager, entityType: EntityType, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const { records } = await loadMatchRecords(manager, entityType, ids);
  await manager.delete(MatchKey, { entityType, recordId: In(ids) });
  const rows = records.flatMap((record) => blockingKeys(record).map((key) => ({ entityType, recordId: Number(record.id), key })));
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await manager.insert(MatchKey, rows.slice(start, start + INSERT_CHUNK));
  }
}
