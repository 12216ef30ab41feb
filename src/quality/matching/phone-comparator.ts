export type PhoneLevel = 'PHONE_EXACT' | 'PHONE_DIFFERENT';

/** A local number must have this many digits to be taken for the end of a full one. */
export const MIN_TAIL_DIGITS = 7;

/** The last MIN_TAIL_DIGITS digits of a matching phone (E.164 or national digits); null when it has fewer. */
export function phoneTail(phone: string | null): string | null {
  const digits = phone?.replace(/\D/g, '') ?? '';
  return digits.length >= MIN_TAIL_DIGITS ? digits.slice(-MIN_TAIL_DIGITS) : null;
}

/**
 * Compares matching phones (see matchingPhone): two international numbers by equality; a national number without
 * its area or country code agrees with a longer one that ends with its digits ("5551234" and "+12125551234").
 */
export function comparePhones(a: string | null, b: string | null): PhoneLevel | null {
  if (a == null || b == null) return null;
  if (a === b) return 'PHONE_EXACT';
  if (a.startsWith('+') && b.startsWith('+')) return 'PHONE_DIFFERENT';
  const [shorter, longer] = [a.replace('+', ''), b.replace('+', '')].sort((x, y) => x.length - y.length);
  return shorter.length >= MIN_TAIL_DIGITS && longer.endsWith(shorter) ? 'PHONE_EXACT' : 'PHONE_DIFFERENT';
}
