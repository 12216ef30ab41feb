import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { BatchItem } from '../../records/batch-result';
import type { FieldError } from '../../fields/field-errors';
import type { RecordFields } from '../../quality/normalise/record-normaliser';
import type { EntityType } from '../../quality/record-fields';
import type { Actor } from '../../schema/access';
import type { MappedRow } from './row.mapper';

/** How one entity's rows go in: which import fields it keeps, a row's values as its service's input, and that service. */
export interface ImportTarget<D> {
  /** the records' type, as the matching engine names it */
  entityType: EntityType;
  /** the records' GraphQL type */
  typeName: string;
  /** import fields this entity has no place for: their columns are reported as not imported */
  ignoredFields: readonly string[];
  toInput(values: MappedRow['values']): { input: D; errors: FieldError[] };
  /** at most MAX_BATCH inputs, inside the import's transaction; one item per input, in order */
  create(uow: UnitOfWork<Actor>, inputs: D[]): Promise<BatchItem<unknown>[]>;
  /** valid inputs as the matching engine reads a stored record of this type, before they are created */
  matchFields(manager: EntityManager, inputs: D[]): Promise<RecordFields[]>;
}
