import isEmail from 'validator/lib/isEmail';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { fieldError, type FieldError } from './field-errors';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Trims text; an empty value is no value. */
export function cleanText(value: string | null | undefined): string | null | undefined {
  if (value == null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function isIsoCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code;
}

/**
 * Checks what any record's text fields must satisfy before they are written:
 * lengths (taken from the entity's columns), e-mail syntax, ISO country codes, dates.
 * Softer quality problems (phone for its country, registration checksums) are findings, not rejections.
 */
export function checkFields<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  data: Record<string, unknown>,
  prefix = '',
): FieldError[] {
  const errors: FieldError[] = [];
  const metadata = manager.connection.getMetadata(entity);
  for (const [field, value] of Object.entries(data)) {
    if (typeof value !== 'string') continue;
    const column = metadata.findColumnWithPropertyName(field);
    const max = column?.length ? Number(column.length) : undefined;
    if (max && value.length > max) {
      errors.push(
        fieldError(prefix + field, 'TOO_LONG', `${field} is ${value.length} characters long; at most ${max} fit`),
      );
    }
  }
  const { email, country, birthDate } = data as { email?: unknown; country?: unknown; birthDate?: unknown };
  if (typeof email === 'string' && !isEmail(email)) {
    errors.push(fieldError(prefix + 'email', 'EMAIL_INVALID', `'${email}' is not an e-mail address`));
  }
  if (typeof country === 'string' && !isIsoCountry(country)) {
    errors.push(
      fieldError(
        prefix + 'country',
        'COUNTRY_INVALID',
        `'${country}' is not an ISO 3166 country code such as DK, NO, SE, NL or CZ`,
      ),
    );
  }
  if (typeof birthDate === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
    errors.push(fieldError(prefix + 'birthDate', 'DATE_INVALID', `'${birthDate}' is not a date written YYYY-MM-DD`));
  }
  return errors;
}

/** Cleans an input: fields not given dropped, text trimmed, empty text → null, country codes upper-cased. */
export function cleanInput<T extends object>(input: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) out[key] = typeof value === 'string' ? cleanText(value) : value;
  }
  if (typeof out.country === 'string') out.country = out.country.toUpperCase();
  return out as T;
}
