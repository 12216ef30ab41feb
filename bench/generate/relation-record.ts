import type { RelationFields } from '../../src/quality/record-fields';
import { abbreviateStreet } from './address';
import { type Entity, website, WEBSITE_FORMS } from './entity';
import { formatPhone, PHONE_STYLES } from './phone-number';
import { chance, pick, type Random } from './prng';
import { registrationNumberVariants } from './registration-number';
import { foldDiacritics, typo } from './text';

/** The first record of an entity, as it was typed in. */
export function originalRelation(e: Entity): RelationFields {
  const { address: a, original: o } = e;
  return {
    kind: e.isPrivate ? 'PRIVATE' : 'COMPANY',
    name: e.name + o.legalForm,
    registrationNumber: o.registrationNumber,
    country: e.profile.code,
    email: o.email,
    phone: o.phone,
    website: o.website,
    street: `${a.street} ${a.number}`,
    postalCode: a.postalCode,
    city: a.city,
  };
}

function duplicateName(e: Entity, r: Random): string {
  let name = e.name;
  if (e.isPrivate) {
    const p = e.person;
    if (p.middle && chance(r, 0.5)) name = `${p.first} ${p.last}`;
    if (chance(r, 0.1)) name = `${p.last}, ${p.first}`;
  } else if (e.legalForm) {
    const variants = e.legalForm.variants;
    name += chance(r, 0.5) ? (chance(r, 0.2) ? '' : pick(r, variants)) : e.original.legalForm;
  }
  if (chance(r, 0.3)) name = typo(r, name);
  if (chance(r, 0.25)) name = foldDiacritics(name, chance(r, 0.5));
  if (chance(r, 0.05)) name = name.toUpperCase();
  return name;
}

function duplicateEmail(e: Entity, r: Random): string | null {
  if (chance(r, 0.15)) return null;
  const mailbox = !e.isPrivate && chance(r, 0.1) ? pick(r, e.profile.companyMailboxes) : e.mailbox;
  const email = `${mailbox}@${e.domain}`;
  return chance(r, 0.15) ? email.toUpperCase() : email;
}

function duplicateRegistration(e: Entity, r: Random): string | null {
  const number = e.registrationNumber;
  if (!number || chance(r, 0.2)) return null;
  return chance(r, 0.3) ? pick(r, registrationNumberVariants(e.profile.code, number)) : number;
}

function duplicatePhone(e: Entity, r: Random): string | null {
  if (chance(r, 0.12)) return null;
  return e.original.phone && chance(r, 0.4) ? e.original.phone : formatPhone(e.phone, pick(r, PHONE_STYLES));
}

function duplicateWebsite(e: Entity, r: Random): string | null {
  if (!e.hasWebsite || chance(r, 0.25)) return null;
  return e.original.website && chance(r, 0.5) ? e.original.website : website(e.domain, pick(r, WEBSITE_FORMS));
}

/**
 * Another record of the same entity, typed by someone else: typos, other legal-form spellings, dropped
 * diacritics, other phone and web formats, abbreviated streets and missing fields.
 */
export function duplicateRelation(e: Entity, r: Random): RelationFields {
  const a = e.address;
  const noAddress = chance(r, 0.06);
  const street = chance(r, 0.3) ? abbreviateStreet(e.profile, a.street) : a.street;
  return {
    kind: e.isPrivate ? 'PRIVATE' : 'COMPANY',
    name: duplicateName(e, r),
    registrationNumber: duplicateRegistration(e, r),
    country: chance(r, 0.05) ? null : e.profile.code,
    email: duplicateEmail(e, r),
    phone: duplicatePhone(e, r),
    website: duplicateWebsite(e, r),
    street: noAddress ? null : `${chance(r, 0.08) ? typo(r, street) : street} ${a.number}`,
    postalCode: noAddress ? null : a.postalCode,
    city: noAddress ? null : chance(r, 0.05) ? a.city.toUpperCase() : a.city,
  };
}
