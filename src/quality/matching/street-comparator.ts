import { jaroWinkler, tokenSetSimilarity } from './string-metrics';

export type StreetLevel = 'ADDRESS_EXACT' | 'ADDRESS_SIMILAR' | 'ADDRESS_SAME_STREET' | 'ADDRESS_DIFFERENT';

export interface StreetAddress {
  street: string | null;
  houseNumber: string | null;
}

const SIMILAR_NAME = 0.9;
const SIMILAR_WORDS = 0.75;

/**
 * Compares street name and house number. A mistyped name or the same words in another order ("courallie lander cres"
 * vs "lander cres courallie") is the same street; the same street with another house number is ADDRESS_SAME_STREET.
 */
export function compareStreets(a: StreetAddress, b: StreetAddress): StreetLevel | null {
  if (a.street == null || b.street == null) return null;
  const sameNumber = a.houseNumber === b.houseNumber;
  if (a.street === b.street && sameNumber) return 'ADDRESS_EXACT';
  const sameStreet =
    jaroWinkler(a.street, b.street) >= SIMILAR_NAME ||
    tokenSetSimilarity(a.street.split(' '), b.street.split(' ')) >= SIMILAR_WORDS;
  if (!sameStreet) return 'ADDRESS_DIFFERENT';
  return sameNumber || a.houseNumber == null || b.houseNumber == null ? 'ADDRESS_SIMILAR' : 'ADDRESS_SAME_STREET';
}
