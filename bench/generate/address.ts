import type { CountryProfile } from './country-profile';
import { int, pick, type Random } from './prng';

export interface Address {
  street: string;
  number: string;
  postalCode: string;
  city: string;
}

export function address(profile: CountryProfile, r: Random, isPrivate: boolean): Address {
  const [city, from, to] = pick(r, profile.cities);
  return {
    street: pick(r, profile.streets),
    number: profile.streetNumber(r, isPrivate),
    postalCode: profile.postalCode(from + int(r, to - from + 1), r),
    city,
  };
}

/** The town a company may be named after: "Aarhus C" → "Aarhus", "Praha 4" → "Praha". */
export function placeOf(city: string): string {
  return city.replace(/ (?:[A-ZÆØÅ]{1,2}|\d+)$/, '');
}

/** "Vestergade" → "Vesterg.", "náměstí Míru" → "nám. Míru"; unchanged when nothing applies. */
export function abbreviateStreet(profile: CountryProfile, street: string): string {
  for (const [pattern, replacement] of profile.streetAbbreviations) {
    if (pattern.test(street)) return street.replace(pattern, replacement);
  }
  return street;
}
