import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { normaliseCountry } from './country-normaliser';

/** A phone number in E.164 ("+4512345678"), read with the record's country as default; null when it cannot be a phone number. */
export function normalisePhone(value: string | null | undefined, defaultCountry: string | null = null): string | null {
  if (value == null || value.trim() === '') return null;
  const country = normaliseCountry(defaultCountry);
  const parsed = parsePhoneNumberFromString(
    value,
    country != null && isSupportedCountry(country) ? country : undefined,
  );
  return parsed?.isPossible() ? parsed.number : null;
}
