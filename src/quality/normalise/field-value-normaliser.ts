import { normaliseBirthDate } from './birth-date-normaliser';
import { normaliseCountry } from './country-normaliser';
import { normaliseEmail } from './email-normaliser';
import { normalisePhone } from './phone-normaliser';
import { normalisePostalCode } from './postal-code-normaliser';
import { normaliseRegistrationNumber } from './registration-number-normaliser';
import { normaliseWebsite } from './website-normaliser';

type FieldNormaliser = (value: string, country: string | null) => string | null;

/**
 * Fields whose values are one value whenever matching reads them alike. Names, streets and cities are not here:
 * folding them drops what tells spellings apart (Søren, Soren), and a person wants the right one kept.
 */
const NORMALISERS: Readonly<Record<string, FieldNormaliser>> = {
  email: (value) => normaliseEmail(value)?.email ?? null,
  phone: (value, country) => normalisePhone(value, country),
  website: (value) => normaliseWebsite(value),
  registrationNumber: (value) => normaliseRegistrationNumber(value),
  postalCode: (value) => normalisePostalCode(value),
  birthDate: (value) => normaliseBirthDate(value),
  country: (value) => normaliseCountry(value),
};

/**
 * A field's value as matching compares it: "020 123 4567" of a Dutch record is +31201234567, "DK 12 34 56 78" is
 * 12345678. Null when the field has no normalised form, or the value cannot be read in it.
 */
export function normaliseFieldValue(field: string, value: string, country: string | null): string | null {
  return NORMALISERS[field]?.(value, country) ?? null;
}
