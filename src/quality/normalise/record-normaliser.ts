import type { ContactFields, EntityType, LeadFields, RelationFields } from '../record-fields';
import { normaliseBirthDate } from './birth-date-normaliser';
import { normaliseCompanyName } from './company-name-normaliser';
import { normaliseCountry } from './country-normaliser';
import { normaliseEmail } from './email-normaliser';
import type { NormalisedRecord } from './normalised-record';
import { type PersonName, normalisePersonName, splitFullName } from './person-name-normaliser';
import { matchingPhone } from './phone-normaliser';
import { normalisePostalCode } from './postal-code-normaliser';
import { normaliseRegistrationNumber } from './registration-number-normaliser';
import { normaliseStreet } from './street-normaliser';
import { normaliseText } from './text-normaliser';
import { normaliseWebsite } from './website-normaliser';

export type RecordFields = RelationFields | ContactFields | LeadFields;

/** Every field any entity type has, so one record can be read without narrowing. */
type AnyFields = Partial<Omit<RelationFields, 'kind'> & ContactFields & Omit<LeadFields, 'kind'>> & { kind?: string };

/** Normalises the fields of a relation, contact or lead into the one shape blocking and scoring work on. */
export function normaliseRecord(entityType: EntityType, fields: RecordFields): NormalisedRecord {
  const all: AnyFields = fields;
  const country = normaliseCountry(all.country);
  const email = normaliseEmail(all.email);
  const street = normaliseStreet(all.street);
  const isRelation = entityType === 'RELATION';
  const company = normaliseCompanyName(
    isRelation ? (all.kind === 'COMPANY' ? all.name : null) : all.companyName,
    country,
  );
  const person: PersonName = isRelation
    ? splitFullName(all.kind === 'PRIVATE' ? all.name : null)
    : { firstName: normalisePersonName(all.firstName), lastName: normalisePersonName(all.lastName) };
  return {
    entityType,
    ...person,
    companyName: company?.name ?? null,
    legalForm: company?.legalForm ?? null,
    email: email?.email ?? null,
    companyDomain: email?.companyDomain ?? null,
    phone: matchingPhone(all.phone, country),
    website: normaliseWebsite(all.website),
    registrationNumber: normaliseRegistrationNumber(all.registrationNumber),
    street: street?.name || null,
    houseNumber: street?.houseNumber ?? null,
    postalCode: normalisePostalCode(all.postalCode),
    city: normaliseText(all.city),
    country,
    birthDate: normaliseBirthDate(all.birthDate),
    relationId: all.relationId?.trim() || null,
  };
}
