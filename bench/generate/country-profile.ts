import type { Random } from './prng';

export type CountryCode = 'DK' | 'NO' | 'SE' | 'NL' | 'CZ';

/**
 * One legal form; `variants[0]` is how it is usually written, the rest are how people also write it.
 * Each variant carries its leading separator (" ApS", ", s.r.o.").
 */
export interface LegalForm {
  weight: number;
  variants: readonly string[];
}

/** Words a company-name template may use; all are picked for every name. */
export interface NameWords {
  prefix: string;
  trade: string;
  /** a second trade, never the same as `trade` */
  otherTrade: string;
  place: string;
  first: string;
  last: string;
  otherLast: string;
  initials: string;
}

/** National numbers made of one of `prefixes` (all of one length) and digits up to `length`, displayed in `groups`. */
export interface PhoneBlock {
  prefixes: readonly string[];
  length: number;
  groups: readonly number[];
  mobile: boolean;
}

export interface PhonePlan {
  callingCode: string;
  /** '0' where national dialling adds one (SE, NL) */
  trunk: string;
  /** national display puts a dash after the area code ("070-123 45 67") */
  areaDash: boolean;
  blocks: readonly PhoneBlock[];
}

/** Word lists and conventions of one country. */
export interface CountryProfile {
  code: CountryCode;
  /** relative share of records */
  weight: number;
  tld: string;
  maleFirstNames: readonly string[];
  femaleFirstNames: readonly string[];
  lastNames: readonly string[];
  /** feminine forms, index-aligned with lastNames, where the language has them (Novák → Nováková) */
  femaleLastNames?: readonly string[];
  /** share of people written with a second surname as middle name ("Søren Holm Jensen") */
  middleNameShare: number;
  prefixes: readonly string[];
  trades: readonly string[];
  nameTemplates: readonly (readonly [weight: number, template: (w: NameWords) => string])[];
  legalForms: readonly LegalForm[];
  streets: readonly string[];
  streetNumber: (r: Random, isPrivate: boolean) => string;
  /** shortenings people type: [pattern, replacement] */
  streetAbbreviations: readonly (readonly [RegExp, string])[];
  /** [city, first postal code, last postal code] */
  cities: readonly (readonly [city: string, from: number, to: number])[];
  postalCode: (code: number, r: Random) => string;
  phone: PhonePlan;
  companyMailboxes: readonly string[];
  freeMailDomains: readonly string[];
}
