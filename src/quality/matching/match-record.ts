import type { EntityType } from '../record-fields';
import type { RecordFields } from '../normalise/record-normaliser';

/** One relation, contact or lead as the matching engine sees it. */
export interface MatchRecord {
  id: string;
  entityType: EntityType;
  fields: RecordFields;
}
