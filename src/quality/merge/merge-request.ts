import type { EntityType } from '../record-fields';

/** A field's choice: the record to take it from, or the value to give it. */
export type FieldChoice = { field: string; fromId: number } | { field: string; value: string };

export interface MergeRequest {
  entityType: EntityType;
  /** the records' type name, as global ids spell it */
  typeName: string;
  survivorId: number;
  mergedIds: number[];
  /** the version the client read of each record */
  versions: Map<number, number>;
  choices: FieldChoice[];
}
