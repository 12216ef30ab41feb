import { ENTITY_TYPES, RECORD_TYPES, type RecordTypeFacts } from '../../entities/record-types';
import type { EntityType } from '../record-fields';

/** The records the dedupe commands take, as their --entity option names them. */
export type DedupeEntity = RecordTypeFacts['plural'];
export const DEDUPE_ENTITIES: readonly DedupeEntity[] = ENTITY_TYPES.map((type) => RECORD_TYPES[type].plural);

export const typeOfEntity = (entity: DedupeEntity): EntityType =>
  ENTITY_TYPES.find((type) => RECORD_TYPES[type].plural === entity) as EntityType;
