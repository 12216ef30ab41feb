import type { RelationFields } from '../../src/quality/record-fields';
import { buildEntity } from './entity';
import { chance, int, mulberry32 } from './prng';
import { duplicateRelation, originalRelation } from './relation-record';

export interface GeneratedRelation {
  fields: RelationFields;
  /** same value = same real-world entity: the ground truth for duplicate detection */
  entityKey: number;
}

export interface RelationOptions {
  count: number;
  seed?: number;
  /** share of records that are extra copies of an earlier entity; default 0.1 */
  duplicateShare?: number;
  /** share of entities that are private persons rather than companies; default 0.2 */
  privateShare?: number;
}

const RELATION_SALT = 0x52454c;

/**
 * Relations of companies and people in DK, NO, SE, NL and CZ, deterministic for a seed. Streams: a duplicate
 * rebuilds its entity from the entity's key, so memory stays flat however many records are drawn.
 */
export function* generateRelations(options: RelationOptions): Generator<GeneratedRelation> {
  const { count, seed = 1, duplicateShare = 0.1, privateShare = 0.2 } = options;
  const r = mulberry32(seed);
  let entities = 0;
  for (let i = 0; i < count; i++) {
    if (entities > 0 && chance(r, duplicateShare)) {
      const entityKey = 1 + int(r, entities);
      yield { fields: duplicateRelation(buildEntity(seed, entityKey, privateShare, RELATION_SALT), r), entityKey };
    } else {
      const entityKey = ++entities;
      yield { fields: originalRelation(buildEntity(seed, entityKey, privateShare, RELATION_SALT)), entityKey };
    }
  }
}
