import type { FieldErrorCode } from '../../fields/field-error-code';

/** The file as a whole cannot be imported (unreadable, a bad column map, no division to go to): nothing was written. */
export class ImportFileError extends Error {
  /** the option of the import the problem is about, with a stable code, when it is about one */
  readonly option?: { field: string; code: FieldErrorCode };

  constructor(message: string, options?: ErrorOptions & { option?: { field: string; code: FieldErrorCode } }) {
    super(message, options);
    this.option = options?.option;
  }
}
