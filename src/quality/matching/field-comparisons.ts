import type { NormalisedRecord } from '../normalise/normalised-record';
import { compareBirthDates } from './birth-date-comparator';
import { compareCompanyNames } from './company-name-comparator';
import { COMPARISON_FIELDS, type ComparisonField, type ReasonCode } from './comparison-levels';
import { compareEmails } from './email-comparator';
import { compareExactly } from './exact-comparator';
import { compareCities, comparePostalCodes } from './locality-comparator';
import { alignPersonNames, compareNameParts, type AlignedNames } from './person-name-comparator';
import { comparePhones } from './phone-comparator';
import { compareStreets } from './street-comparator';

export interface FieldComparison {
  field: ComparisonField;
  reason: ReasonCode;
}

/** The two records' person names paired up, worked out when a name field first asks and then shared by both. */
export type NameAlignment = () => AlignedNames;

export function nameAlignment(a: NormalisedRecord, b: NormalisedRecord): NameAlignment {
  let names: AlignedNames | undefined;
  return () => (names ??= alignPersonNames(a, b));
}

const COMPARATORS: Record<
  ComparisonField,
  (a: NormalisedRecord, b: NormalisedRecord, names: NameAlignment) => ReasonCode
> = {
  registrationNumber: (a, b) =>
    compareExactly(a.registrationNumber, b.registrationNumber, 'REGNO_EXACT', 'REGNO_CONFLICT') ?? 'REGNO_MISSING',
  email: (a, b) => compareEmails(a, b) ?? 'EMAIL_MISSING',
  phone: (a, b) => comparePhones(a.phone, b.phone) ?? 'PHONE_MISSING',
  website: (a, b) => compareExactly(a.website, b.website, 'WEBSITE_EXACT', 'WEBSITE_DIFFERENT') ?? 'WEBSITE_MISSING',
  companyName: (a, b) => compareCompanyNames(a.companyName, b.companyName) ?? 'NAME_MISSING',
  firstName: (_a, _b, names) => compareNameParts(...names().firstNames) ?? 'NAME_MISSING',
  lastName: (_a, _b, names) => compareNameParts(...names().lastNames) ?? 'NAME_MISSING',
  birthDate: (a, b) => compareBirthDates(a.birthDate, b.birthDate) ?? 'BIRTHDATE_MISSING',
  street: (a, b) => compareStreets(a, b) ?? 'ADDRESS_MISSING',
  postalCode: (a, b) => comparePostalCodes(a.postalCode, b.postalCode) ?? 'POSTAL_MISSING',
  city: (a, b) => compareCities(a.city, b.city) ?? 'CITY_MISSING',
  relation: (a, b) =>
    compareExactly(a.relationId, b.relationId, 'RELATION_SAME', 'RELATION_DIFFERENT') ?? 'RELATION_MISSING',
};

/** The level of one field of two records. */
export function compareField(
  field: ComparisonField,
  a: NormalisedRecord,
  b: NormalisedRecord,
  names: NameAlignment,
): ReasonCode {
  return COMPARATORS[field](a, b, names);
}

/** Runs every comparator on two normalised records: one level per field, in COMPARISON_FIELDS order. */
export function compareFields(
  a: NormalisedRecord,
  b: NormalisedRecord,
  names: NameAlignment = nameAlignment(a, b),
): FieldComparison[] {
  return COMPARISON_FIELDS.map((field) => ({ field, reason: compareField(field, a, b, names) }));
}
