import isEmail from 'validator/lib/isEmail';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { daysInMonth, isIsoDateText, isoDay } from './calendar-day';
import { fieldError, type FieldError } from './field-errors';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const monthNames = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/** Trims text; an empty value is no value. */
export function cleanText(value: string | null | undefined): string | null | undefined {
  if (value == null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function isIsoCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code;
}

/** What is wrong with a date given as text: not written YYYY-MM-DD, or no day of the calendar (1990-02-31). */
function dateProblem(text: string): string | null {
  if (!isIsoDateText(text)) return `'${text}' is not a date written YYYY-MM-DD`;
  if (isoDay(text) !== null) return null;
  const [year, month, day] = text.split('-').map(Number);
  if (month < 1 || month > 12) return `'${text}' is not a real date: a year has no month ${month}`;
  const monthName = monthNames.format(Date.UTC(2000, month - 1, 1));
  if (day < 1) return `'${text}' is not a real date: ${monthName} has no day 0`;
  return `'${text}' is not a real date: ${monthName} ${year} has ${daysInMonth(year, month)} days`;
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
  const birthDateProblem = typeof birthDate === 'string' ? dateProblem(birthDate) : null;
  if (birthDateProblem) errors.push(fieldError(prefix + 'birthDate', 'DATE_INVALID', birthDateProblem));
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
