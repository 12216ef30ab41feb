import { Field, ObjectType } from 'type-graphql';
import { GraphQLError } from 'graphql';
import type { FieldErrorCode } from './field-error-code';

/** One thing wrong with one field of an input; code is stable (REQUIRED, TOO_LONG, EMAIL_INVALID …). */
@ObjectType()
export class FieldError {
  @Field() field: string;
  @Field(() => String) code: FieldErrorCode;
  @Field() message: string;
}

/** Thrown by services when an input cannot be saved; every problem is listed, not just the first. */
export class InputRejected extends GraphQLError {
  constructor(readonly fieldErrors: FieldError[]) {
    super(fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      extensions: { code: 'BAD_USER_INPUT', field: fieldErrors[0]?.field, fields: fieldErrors.map((e) => ({ ...e })) },
    });
  }
}

export function fieldError(field: string, code: FieldErrorCode, message: string): FieldError {
  return Object.assign(new FieldError(), { field, code, message });
}
