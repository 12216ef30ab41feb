import type { NormalisedRecord } from '../normalise/normalised-record';
import { compareBirthDates } from './birth-date-comparator';
import { compareCompanyNames } from './company-name-comparator';
import { COMPARISON_FIELDS, type ComparisonField, type ReasonCode } from './comparison-levels';
import { compareEmails } from './email-comparator';
import { compareExactly } from './exact-comparator';
import { compareCities, comparePostalCodes } from './locality-comparator';
import { alignPersonNames, compareNameParts } from './person-name-comparator';
import { compareStreets } from './street-comparator';

export interface FieldComparison {
  field: ComparisonField;
  reason: ReasonCode;
}

/** Runs every comparator on two normalised records: one level per field, in COMPARISON_FIELDS order. */
export function compareFields(a: NormalisedRecord, b: NormalisedRecord): FieldComparison[] {
  const names = alignPersonNames(a, b);
  const levels: Record<ComparisonField, ReasonCode> = {
    registrationNumber: compareExactly(a.registrationNumber, b.registrationNumber, 'REGNO_EXACT', 'REGNO_CONFLICT') ?? 'REGNO_MISSING',
    email: compareEmails(a, b) ?? 'EMAIL_MISSING',
    phone: compareExactly(a.phone, b.phone, 'PHONE_EXACT', 'PHONE_DIFFERENT') ?? 'PHONE_MISSING',
    website: compareExactly(a.website, b.website, 'WEBSITE_EXACT', 'WEBSITE_DIFFERENT') ?? 'WEBSITE_MISSING',
    companyName: compareCompanyNames(a.companyName, b.companyName) ?? 'NAME_MISSING',
    firstName: compareNameParts(...names.firstNames) ?? 'NAME_MISSING',
    lastName: compareNameParts(...names.lastNames) ?? 'NAME_MISSING',
    birthDate: compareBirthDates(a.birthDate, b.birthDate) ?? 'BIRTHDATE_MISSING',
    street: compareStreets(a, b) ?? 'ADDRESS_MISSING',
    postalCode: comparePostalCodes(a.postalCode, b.postalCode) ?? 'POSTAL_MISSING',
    city: compareCities(a.city, b.city) ?? 'CITY_MISSING',
    relation: compareExactly(a.relationId, b.relationId, 'RELATION_SAME', 'RELATION_DIFFERENT') ?? 'RELATION_MISSING',
  };
  return COMPARISON_FIELDS.map((field) => ({ field, reason: levels[field] }));
}
