import type { FieldError } from '../fields/field-errors';

/** One item of a batch: the saved record or why it was not saved. */
export interface BatchItem<T> {
  index: number;
  record: T | null;
  errors: FieldError[];
}
