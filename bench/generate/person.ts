import type { CountryProfile } from './country-profile';
import { chance, int, pick, type Random } from './prng';
import { slug } from './text';

export interface Person {
  first: string;
  /** a second surname used as a middle name (Nordic habit) */
  middle: string | null;
  last: string;
}

export function person(profile: CountryProfile, r: Random): Person {
  const female = chance(r, 0.5);
  const i = int(r, profile.lastNames.length);
  return {
    first: pick(r, female ? profile.femaleFirstNames : profile.maleFirstNames),
    middle: chance(r, profile.middleNameShare) ? pick(r, profile.lastNames) : null,
    last: (female ? profile.femaleLastNames?.[i] : undefined) ?? profile.lastNames[i],
  };
}

export function fullName(p: Person): string {
  return p.middle ? `${p.first} ${p.middle} ${p.last}` : `${p.first} ${p.last}`;
}

/**
 * A private mailbox the way people pick them: "sjensen84", "soren.jensen1979" …, with digits as the plain ones are
 * taken. A provider hands an address out once: namesakes' numbers differ, as `serial` (distinct per person) sees to.
 */
export function personalMailbox(p: Person, r: Random, serial: number): string {
  const first = slug(p.first);
  const last = slug(p.last);
  switch (int(r, 5)) {
    case 0:
      return `${first}${last}${serial}`;
    case 1:
      return `${first}.${last}${serial}`;
    case 2:
      return `${first[0]}${last}${serial}`;
    case 3:
      return `${first}_${last}${serial}`;
    default:
      return `${first}.${last}${1945 + int(r, 60)}.${serial}`;
  }
}
