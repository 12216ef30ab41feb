import type { NormalisedRecord } from '../normalise/normalised-record';
import type { ComparisonField } from './comparison-levels';

/** Shorter names and domain labels spell too little to tell one from the other's abbreviation. */
const MIN_SPELLED = 4;

const alphanumeric = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a domain spells a (normalised, folded) company name: its first label is the name's letters and digits, or
 * holds them, or is held by them ("nyitoslo.no", "ny-it-oslo-as.no" and "nyit.no" for "ny it oslo"), or is the
 * initials of its words ("ibm.com").
 */
export function domainSpellsName(domain: string, name: string): boolean {
  const label = alphanumeric(domain.split('.')[0]);
  const letters = alphanumeric(name);
  const words = name.split(' ').filter((word) => word !== '');
  if (label === letters || (words.length > 1 && label === words.map((word) => word[0]).join(''))) return true;
  return Math.min(label.length, letters.length) >= MIN_SPELLED && (label.includes(letters) || letters.includes(label));
}

/**
 * The fields of two records whose agreement restates one fact: a company's web site and the domain of its e-mail
 * are one domain, and a domain that spells the company's name says again what the name says. Companies of one name
 * (a chain's sites, namesakes in other towns) share the name's domain far more often than records drawn at random
 * share a domain, so counting name, web site and e-mail each as independent evidence would count one fact up to
 * three times. Of these fields, only the one weighing most counts (see countOnce); empty when they are not linked.
 */
export function restatedFields(a: NormalisedRecord, b: NormalisedRecord): ComparisonField[] {
  const domains = [a.website, a.companyDomain].filter(
    (domain) => domain !== null && (domain === b.website || domain === b.companyDomain),
  ) as string[];
  for (const domain of new Set(domains)) {
    const fields: ComparisonField[] = [];
    if (a.website === domain && b.website === domain) fields.push('website');
    if (a.companyDomain === domain && b.companyDomain === domain) fields.push('email');
    const names = [a.companyName, b.companyName];
    if (names.some((name) => name !== null && domainSpellsName(domain, name))) fields.push('companyName');
    if (fields.length > 1) return fields;
  }
  return [];
}
