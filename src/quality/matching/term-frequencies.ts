import type { NormalisedRecord } from '../normalise/normalised-record';
import type { EntityType } from '../record-fields';
import { blockingKey, companyKeyPart, nameWord } from './blocking-keys';
import { companyNameTokens } from './company-name-comparator';
import type { ComparisonField, ReasonCode } from './comparison-levels';
import type { NameAlignment } from './field-comparisons';
import { phoneTail } from './phone-comparator';

/**
 * How many records hold a blocking key: the blocks blocking builds anyway (in memory, in a scan, or the match_key
 * rows a look-up counts), so value frequencies cost no table of their own and stay current as records change.
 */
export interface TermCounts {
  /** records of the type holding the key, both records of a pair among them; undefined when not known */
  count(entityType: EntityType, key: string): number | undefined;
  /** records of the type the counts are out of */
  total(entityType: EntityType): number;
}

/** The u of a level for the value the two records agree on, given the model's u; undefined when not known. */
export type TermFrequency = (field: ComparisonField, reason: ReasonCode, u: number) => number | undefined;

/**
 * Per field weighed by frequency: its exact level, and the blocking key counting the holders of record a's value.
 * An e-mail address is one person's, held by several records only as copies of them: of e-mail, only another mailbox
 * at one company domain is weighed so, by the records holding the domain, as the web site is (a group's, a
 * franchise's or a shared host's domain says less than one company's own).
 */
const TERM_KEYS: Partial<
  Record<ComparisonField, { exact: ReasonCode; key: (a: NormalisedRecord, names: NameAlignment) => string | null }>
> = {
  companyName: {
    exact: 'NAME_EXACT',
    key: (a) =>
      a.companyName == null ? null : blockingKey('company', companyKeyPart(companyNameTokens(a.companyName))),
  },
  firstName: { exact: 'NAME_EXACT', key: (_a, names) => blockingKey('name', nameWord(names().firstNames[0])) },
  lastName: { exact: 'NAME_EXACT', key: (_a, names) => blockingKey('name', nameWord(names().lastNames[0])) },
  phone: { exact: 'PHONE_EXACT', key: (a) => blockingKey('phone', phoneTail(a.phone)) },
  website: { exact: 'WEBSITE_EXACT', key: (a) => blockingKey('domain', a.website) },
  email: { exact: 'EMAIL_DOMAIN', key: (a) => blockingKey('domain', a.companyDomain) },
  street: { exact: 'ADDRESS_EXACT', key: (a) => blockingKey('address', a.houseNumber, a.street) },
};

/**
 * Term-frequency adjustment, as Splink makes it: the u of an exact agreement becomes the share of records holding
 * the value, so a name a chain's many sites share, or a hotel's switchboard number, says less than a rare one.
 * Holders that are likely copies of one entity are not counted: the pair's own two, and the duplicates the model
 * expects a record to have (prior λ times the records), since in data with many copies per entity a value held by
 * one entity's copies is not common. The share is estimated as if 1/u records with one holder among them had been
 * seen before (the model's u as a prior): among few records a third holder says little, among a million the share
 * is Splink's. It only ever lowers a weight: a rare value keeps the weight the model gives an exact agreement.
 */
export function termFrequencyOf(
  counts: TermCounts | undefined,
  prior: number,
  a: NormalisedRecord,
  names: NameAlignment,
): TermFrequency | undefined {
  if (counts === undefined) return undefined;
  return (field, reason, u) => {
    const term = TERM_KEYS[field];
    if (term === undefined || term.exact !== reason) return undefined;
    const key = term.key(a, names);
    const count = key === null ? undefined : counts.count(a.entityType, key);
    const total = counts.total(a.entityType);
    if (count === undefined || total === 0) return undefined;
    const others = count - 2 - prior * total;
    return others > 0 ? (others + 1) / (total + 1 / u) : undefined;
  };
}
