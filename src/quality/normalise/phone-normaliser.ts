import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { normaliseCountry } from './country-normaliser';

/** Fewer digits than this cannot tell one subscriber from another. */
const MIN_LOCAL_DIGITS = 5;
const MAX_DIGITS = 15;

/** A phone number in E.164 ("+4512345678"), read with the record's country as default; null when it cannot be a phone number. */
export function normalisePhone(value: string | null | undefined, defaultCountry: string | null = null): string | null {
  if (value == null || value.trim() === '') return null;
  const parsed = parsePhone(value, defaultCountry);
  return parsed?.isPossible() ? parsed.number : null;
}

/**
 * The phone as matching compares it: E.164 where the number is a valid one, else its national digits without trunk
 * prefix ("555-1234" without its area code gives "5551234"), so that a local number is still compared with, and found
 * by, the full number it ends; null when it has too few or too many digits to be a phone number.
 */
export function matchingPhone(value: string | null | undefined, defaultCountry: string | null = null): string | null {
  if (value == null || value.trim() === '') return null;
  const parsed = parsePhone(value, defaultCountry);
  if (parsed?.isValid()) return parsed.number;
  const digits = (parsed?.nationalNumber ?? value.replace(/\D/g, '')).replace(/^0+/, '');
  return digits.length >= MIN_LOCAL_DIGITS && digits.length <= MAX_DIGITS ? digits : null;
}

function parsePhone(value: string, defaultCountry: string | null) {
  const country = normaliseCountry(defaultCountry);
  return parsePhoneNumberFromString(value, country != null && isSupportedCountry(country) ? country : undefined);
}
