import { In, type EntityManager } from 'typeorm';
import { bulkInsert } from '../../db/bulk-insert';
import { MatchKey } from '../../entities/match-key.entity';
import type { EntityType } from '../record-fields';

const CHUNK = 500;

function sameKeys(stored: Set<number> | undefined, computed: number[] | undefined): boolean {
  return (
    stored !== undefined &&
    computed !== undefined &&
    stored.size === computed.length &&
    computed.every((key) => stored.has(key))
  );
}

/**
 * Brings the stored keys of the records with ids in (afterId, lastId] in line with `keys` (hashed, by record id, each
 * key once), writing only what differs: a scan over records keyed already writes nothing, records loaded around the
 * API get theirs, and records missing from `keys` (merged or deleted since) lose theirs. Answers the rows inserted.
 */
export async function syncMatchKeyRange(
  manager: EntityManager,
  entityType: EntityType,
  keys: Map<number, number[]>,
  afterId: number,
  lastId: number,
): Promise<number> {
  const rows: { recordId: number | string; key: number | string }[] = await manager
    .createQueryBuilder(MatchKey, 'mk')
    .select('mk.recordId', 'recordId')
    .addSelect('mk.key', 'key')
    .where('mk.entityType = :entityType AND mk.recordId > :afterId AND mk.recordId <= :lastId', {
      entityType,
      afterId,
      lastId,
    })
    .getRawMany();
  const stored = new Map<number, Set<number>>();
  for (const row of rows) {
    const id = Number(row.recordId);
    stored.set(id, (stored.get(id) ?? new Set()).add(Number(row.key)));
  }
  const stale = [...stored.keys()].filter((id) => !sameKeys(stored.get(id), keys.get(id)));
  for (let start = 0; start < stale.length; start += CHUNK)
    await manager.delete(MatchKey, { entityType, recordId: In(stale.slice(start, start + CHUNK)) });
  const fresh = [...keys]
    .filter(([id, computed]) => !sameKeys(stored.get(id), computed))
    .flatMap(([recordId, computed]) => computed.map((key) => ({ entityType, recordId, key })));
  await bulkInsert(manager, MatchKey, fresh);
  return fresh.length;
}
