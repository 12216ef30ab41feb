import { editDistanceWithin, jaroWinkler } from './string-metrics';

export type PostalCodeLevel = 'POSTAL_EXACT' | 'POSTAL_SIMILAR' | 'POSTAL_DIFFERENT';
export type CityLevel = 'CITY_EXACT' | 'CITY_SIMILAR' | 'CITY_DIFFERENT';

/** Normalised postal codes: one character mistyped or two swapped is SIMILAR. */
export function comparePostalCodes(a: string | null, b: string | null): PostalCodeLevel | null {
  if (a == null || b == null) return null;
  if (a === b) return 'POSTAL_EXACT';
  return a.length === b.length && editDistanceWithin(a, b, 1) === 1 ? 'POSTAL_SIMILAR' : 'POSTAL_DIFFERENT';
}

/** Normalised city names: a typo ("lonon") or an added word ("new york city") is SIMILAR. */
export function compareCities(a: string | null, b: string | null): CityLevel | null {
  if (a == null || b == null) return null;
  if (a === b) return 'CITY_EXACT';
  return jaroWinkler(a, b) >= 0.9 ? 'CITY_SIMILAR' : 'CITY_DIFFERENT';
}
