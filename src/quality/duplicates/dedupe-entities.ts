import type { EntityType } from '../record-fields';

export const DEDUPE_ENTITIES = ['relations', 'contacts', 'leads'] as const;
export type DedupeEntity = (typeof DEDUPE_ENTITIES)[number];

export const TYPE_OF: Record<DedupeEntity, EntityType> = { relations: 'RELATION', contacts: 'CONTACT', leads: 'LEAD' };
