import { ENTITY_TYPES, RECORD_TYPES } from '../../entities/record-types';
import type { EntityType } from '../record-fields';

const TYPE_OF_TAG = ENTITY_TYPES.reduce<(EntityType | undefined)[]>((types, type) => {
  types[RECORD_TYPES[type].tag] = type;
  return types;
}, []);
const TAGS = 4;
/** keys are 32-bit ints on both databases */
export const MAX_RECORD_ID = Math.floor(0x7fffffff / TAGS) - 1;

/**
 * One integer for a lead, relation or contact: id × 4 plus a tag per type.
 * Findings and report entries join and page on it, so every report index
 * carries one int instead of a (type, id) pair.
 */
export function recordKey(entityType: EntityType, id: number): number {
  if (!Number.isInteger(id) || id < 0 || id > MAX_RECORD_ID)
    throw new RangeError(`A ${entityType} id of ${id} does not fit a record key`);
  return id * TAGS + RECORD_TYPES[entityType].tag;
}

export function recordOfKey(key: number): { entityType: EntityType; id: number } {
  const entityType = TYPE_OF_TAG[key % TAGS];
  if (!entityType) throw new RangeError(`${key} is not a record key`);
  return { entityType, id: Math.floor(key / TAGS) };
}

/** The smallest and largest key of the records of one type with ids from `firstId` to `lastId`. */
export function keyRange(entityType: EntityType, firstId: number, lastId: number): [number, number] {
  return [recordKey(entityType, firstId), recordKey(entityType, Math.min(lastId, MAX_RECORD_ID))];
}
