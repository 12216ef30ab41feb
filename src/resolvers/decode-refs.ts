import { GraphQLError } from 'graphql';
import { cleanText } from '../fields/field-check';
import { fieldError, type FieldError } from '../fields/field-errors';
import { badInput } from '../schema/errors';
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

/**
 * As decodeRefs, for one record's input or a filter: an id is trimmed and an empty one names nothing, as the services
 * clean text; BAD_USER_INPUT for the first malformed id, as idOf raises it.
 */
export function decodeRefsOrThrow<T extends object, K extends keyof T & string>(
  input: T,
  refs: Refs<K>,
): Decoded<T, K> {
  const trimmed: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const field of Object.keys(refs)) {
    const value = trimmed[field];
    if (typeof value === 'string') trimmed[field] = cleanText(value);
  }
  const { data, errors } = decodeRefs(trimmed as T, refs);
  if (errors.length > 0) throw badInput(errors[0].message, errors[0].field);
  return data;
}

/** A domain input as the API takes it: the references named by K as global ids. */
export type WithGlobalIds<T, K extends keyof T> = Omit<T, K> & {
  [P in keyof Pick<T, K>]: Exclude<T[P], number> | string;
};

/** The references every owned record's input, and the filters of lists of them, carry: its owner and its division. */
export const OWNED_RECORD_REFS = { ownerId: 'User', divisionId: 'Division' } as const;
