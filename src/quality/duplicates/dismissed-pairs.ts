import { In, type EntityManager } from 'typeorm';
import { bulkInsert } from '../../db/bulk-insert';
import { DismissedPair } from '../../entities';
import type { EntityType } from '../record-fields';
import { pairKey } from './scored-link';

const CHUNK = 500;

/** The dismissed pairs (pairKey) with one of these records in them. */
export async function dismissedPairsTouching(
  manager: EntityManager,
  entityType: EntityType,
  recordIds: number[],
): Promise<Set<string>> {
  const keys = new Set<string>();
  for (let start = 0; start < recordIds.length; start += CHUNK) {
    const chunk = In(recordIds.slice(start, start + CHUNK));
    for (const pair of await manager.find(DismissedPair, {
      where: [
        { entityType, aId: chunk },
        { entityType, bId: chunk },
      ],
    }))
      keys.add(pairKey(pair.aId, pair.bId));
  }
  return keys;
}

/** Every dismissed pair (pairKey) of a type, for a full scan. */
export async function dismissedPairsOf(manager: EntityManager, entityType: EntityType): Promise<Set<string>> {
  const pairs = await manager.find(DismissedPair, { select: { aId: true, bId: true }, where: { entityType } });
  return new Set(pairs.map((pair) => pairKey(pair.aId, pair.bId)));
}

/** Remembers "not a duplicate" for these pairs of records; pairs dismissed before stay as they were. */
export async function dismissPairs(
  manager: EntityManager,
  entityType: EntityType,
  pairs: [number, number][],
  dismissedById: number | null,
): Promise<void> {
  const known = await dismissedPairsTouching(manager, entityType, [...new Set(pairs.flat())]);
  const fresh = new Map<string, Pick<DismissedPair, 'entityType' | 'aId' | 'bId' | 'dismissedById'>>();
  for (const [x, y] of pairs) {
    const key = pairKey(x, y);
    if (x !== y && !known.has(key))
      fresh.set(key, { entityType, aId: Math.min(x, y), bId: Math.max(x, y), dismissedById });
  }
  await bulkInsert(manager, DismissedPair, [...fresh.values()]);
}
