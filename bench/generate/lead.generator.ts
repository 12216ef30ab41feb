import type { LeadFields } from '../../src/quality/record-fields';
import { buildEntity, type Entity } from './entity';
import { person } from './person';
import { chance, derivedSeed, int, mulberry32, pick, type Random } from './prng';
import { slug } from './text';

export type GeneratedLead = LeadFields & { externalId: string };

export interface LeadOptions {
  count: number;
  seed?: number;
  /** share of leads from private persons rather than businesses; default 0.3 */
  privateShare?: number;
}

const LEAD_SALT = 0x4c454144;

function birthDate(r: Random): string {
  const month = String(1 + int(r, 12)).padStart(2, '0');
  const day = String(1 + int(r, 28)).padStart(2, '0');
  return `${1945 + int(r, 60)}-${month}-${day}`;
}

function lead(e: Entity, r: Random, externalId: string): GeneratedLead {
  const { address: a, original: o } = e;
  const contact = e.isPrivate || chance(r, 0.6) ? e.person : person(e.profile, r);
  const work = `${slug(contact.first)}${chance(r, 0.7) ? pick(r, ['.', '']) + slug(contact.last) : ''}@${e.domain}`;
  const withAddress = chance(r, 0.7);
  return {
    externalId,
    kind: e.isPrivate ? 'PRIVATE' : 'BUSINESS',
    firstName: contact.first,
    lastName: contact.middle && chance(r, 0.5) ? `${contact.middle} ${contact.last}` : contact.last,
    email: e.isPrivate || chance(r, 0.3) ? o.email : work,
    phone: o.phone,
    companyName: e.isPrivate ? null : e.name + o.legalForm,
    registrationNumber: chance(r, 0.6) ? o.registrationNumber : null,
    country: e.profile.code,
    street: withAddress ? `${a.street} ${a.number}` : null,
    postalCode: withAddress ? a.postalCode : null,
    city: withAddress ? a.city : null,
    website: chance(r, 0.6) ? o.website : null,
    birthDate: e.isPrivate && chance(r, 0.4) ? birthDate(r) : null,
  };
}

/** Leads from businesses (a contact person at a company) and private persons, all distinct, deterministic for a seed. */
export function* generateLeads(options: LeadOptions): Generator<GeneratedLead> {
  const { count, seed = 1, privateShare = 0.3 } = options;
  for (let i = 1; i <= count; i++) {
    const entity = buildEntity(seed, i, privateShare, LEAD_SALT);
    yield lead(entity, mulberry32(derivedSeed(seed, i, ~LEAD_SALT)), `lead-${seed}-${i}`);
  }
}
