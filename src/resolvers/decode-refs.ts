import { GraphQLError } from 'graphql';
import { fieldError, type FieldError } from '../fields/field-errors';
import { idOf } from '../schema/global-id';

type Refs<K extends string> = Record<K, string>;
type Decoded<T, K extends keyof T> = Omit<T, K> & { [P in K]?: number | null };

/** Turns the global ids an input names (ownerId: 'User' …) into database ids; a malformed one becomes a field error. */
export function decodeRefs<T extends object, K extends keyof T & string>(
  input: T,
  refs: Refs<K>,
): { data: Decoded<T, K>; errors: FieldError[] } {
  const data: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  const errors: FieldError[] = [];
  for (const [field, type] of Object.entries(refs) as [K, string][]) {
    const value = input[field] as unknown;
    if (typeof value !== 'string') continue;
    try {
      data[field] = idOf(type, value, field);
    } catch (error) {
      errors.push(fieldError(field, 'INVALID_ID', error instanceof GraphQLError ? error.message : String(error)));
    }
  }
  return { data: data as Decoded<T, K>, errors };
}
