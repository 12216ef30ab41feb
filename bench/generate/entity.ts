import { type Address, address, placeOf } from './address';
import { companyName, legalForm } from './company-name';
import type { CountryProfile, LegalForm } from './country-profile';
import { pickCountry } from './countries';
import { fullName, person, type Person, personalMailbox } from './person';
import { formatPhone, type PhoneNumber, phoneNumber, type PhoneStyle } from './phone-number';
import { chance, derivedSeed, mulberry32, pick, type Random, weighted } from './prng';
import { registrationNumber } from './registration-number';
import { slug } from './text';

/** Ways a web address is written; `*` stands for the domain. */
export const WEBSITE_FORMS = ['www.*', 'https://www.*', 'http://www.*', '*', 'https://*', 'https://www.*/'] as const;
export type WebsiteForm = (typeof WEBSITE_FORMS)[number];

export function website(domain: string, form: WebsiteForm): string {
  return form.replace('*', domain);
}

/**
 * A company's web domain, spelled from its name ("nyitoslo-4f.no", "ny-it-oslo-4f.com"). A domain belongs to one
 * organisation: namesakes (the same name in another town, or by chance) tell theirs apart by a suffix made of the
 * entity's serial, as companies whose name's domain is taken add something to it.
 */
function companyDomain(name: string, key: number, profile: CountryProfile, r: Random): string {
  const separator = chance(r, 0.25) ? '-' : '';
  return `${slug(name, separator)}-${key.toString(36)}.${chance(r, 0.1) ? 'com' : profile.tld}`;
}

/** One real-world company or person, from which the original record and any duplicates are written. */
export interface Entity {
  profile: CountryProfile;
  isPrivate: boolean;
  /** the owner for a company, the person for a private relation */
  person: Person;
  /** company name without legal form, or the person's full name */
  name: string;
  legalForm: LegalForm | null;
  registrationNumber: string | null;
  phone: PhoneNumber;
  mailbox: string;
  domain: string;
  hasWebsite: boolean;
  address: Address;
  /** how the first record of the entity writes its fields */
  original: {
    legalForm: string;
    phone: string | null;
    email: string | null;
    website: string | null;
    registrationNumber: string | null;
  };
}

const originalPhoneStyle = weighted<PhoneStyle>([
  [45, 'national'],
  [35, 'international'],
  [10, 'e164'],
  [10, 'compact'],
]);
const originalWebsiteForm = weighted<WebsiteForm>([
  [40, 'www.*'],
  [30, 'https://www.*'],
  [10, 'http://www.*'],
  [15, '*'],
  [5, 'https://*'],
]);

/**
 * Entity `key` of stream `seed`, rebuilt identically on every call so duplicates need no memory of earlier records.
 * `salt` separates streams (relations, leads) that share a seed.
 */
export function buildEntity(seed: number, key: number, privateShare: number, salt: number): Entity {
  const r = mulberry32(derivedSeed(seed, key, salt));
  const offset = derivedSeed(seed, 0, salt);
  const profile = pickCountry(r);
  const isPrivate = chance(r, privateShare);
  const where = address(profile, r, isPrivate);
  const phone = phoneNumber(profile.phone, chance(r, isPrivate ? 0.85 : 0.4), key, offset, r);
  const owner = person(profile, r);
  const form = isPrivate ? null : legalForm(profile, r);
  const name = isPrivate ? fullName(owner) : companyName(profile, r, placeOf(where.city), owner);
  const registration = isPrivate ? null : registrationNumber(profile.code, key, offset);
  const mailbox = isPrivate ? personalMailbox(owner, r, key) : pick(r, profile.companyMailboxes);
  const domain = isPrivate ? pick(r, profile.freeMailDomains) : companyDomain(name, key, profile, r);
  const hasWebsite = !isPrivate && chance(r, 0.8);
  return {
    profile,
    isPrivate,
    person: owner,
    name,
    legalForm: form,
    registrationNumber: registration,
    phone,
    mailbox,
    domain,
    hasWebsite,
    address: where,
    original: {
      legalForm: form ? (chance(r, 0.85) ? form.variants[0] : pick(r, form.variants)) : '',
      phone: chance(r, 0.95) ? formatPhone(phone, originalPhoneStyle(r)) : null,
      email: chance(r, 0.92) ? `${mailbox}@${domain}` : null,
      website: hasWebsite && chance(r, 0.85) ? website(domain, originalWebsiteForm(r)) : null,
      registrationNumber: registration && chance(r, 0.92) ? registration : null,
    },
  };
}
