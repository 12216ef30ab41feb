import type { MatchModel } from './match-model';

/**
 * Hand-set model for data nobody has trained on yet. With λ = 1e-5 a pair needs about 20 bits of evidence to reach
 * the threshold: a shared registration number, e-mail or phone gives about that alone, a full name about 15 bits
 * (so it never suffices alone), a name plus a birth date, address or company domain does. Different registration
 * numbers mean different legal entities, so a conflict takes about as much away as a shared phone adds.
 *
 * An address is one fact written in three fields, and different entities share it far more often than an identifier:
 * companies in one office building, a business centre or at their accountant's, the people of one household. Of pairs
 * of different entities, count on 1 in 50 being in the same city (u 0.02), 1 in 6–7 of those in the same postal code
 * (a town has a few and most entities are in its big ones: 1 pair in 330 in all) and 1 in 125 of those at the same
 * street and house number (1 pair in 40,000 in all). The finer fields seldom agree unless the coarser do, so the
 * postal code's u is taken among pairs in one city and the street's among pairs in one postal code: the weights then
 * add up to what the whole address says, 5.4 + 2.5 + 6.6 ≈ 14.5 bits, instead of counting one address three times.
 * Alone that is 5 bits short of a match; a name plus an address clears it even against a different phone and e-mail
 * (−7 bits). The same street with another number, or a postal code one digit off, is as likely for different
 * entities as for one (0 bits).
 * Contacts of one relation are colleagues as often as duplicates: a shared relation weighs about 5 bits, so the same
 * name under one relation is a match, but not against a different birth date.
 * m and u each sum to 1 over a field's levels.
 */
export const DEFAULT_MODEL: MatchModel = {
  version: 1,
  prior: 1e-5,
  threshold: 0.9,
  levels: {
    registrationNumber: {
      REGNO_EXACT: { m: 0.999999, u: 1e-7 },
      REGNO_CONFLICT: { m: 1e-6, u: 0.9999999 },
    },
    email: {
      EMAIL_EXACT: { m: 0.85, u: 5e-7 },
      EMAIL_SIMILAR: { m: 0.05, u: 1e-6 },
      EMAIL_DOMAIN: { m: 0.05, u: 2e-4 },
      EMAIL_DIFFERENT: { m: 0.05, u: 0.9997985 },
    },
    phone: {
      PHONE_EXACT: { m: 0.85, u: 5e-7 },
      PHONE_DIFFERENT: { m: 0.15, u: 0.9999995 },
    },
    website: {
      WEBSITE_EXACT: { m: 0.9, u: 1e-5 },
      WEBSITE_DIFFERENT: { m: 0.1, u: 0.99999 },
    },
    companyName: {
      NAME_EXACT: { m: 0.7, u: 1e-5 },
      NAME_SIMILAR: { m: 0.15, u: 1e-4 },
      NAME_PARTIAL: { m: 0.1, u: 3e-3 },
      NAME_DIFFERENT: { m: 0.05, u: 0.99689 },
    },
    firstName: {
      NAME_EXACT: { m: 0.85, u: 0.01 },
      NAME_SIMILAR: { m: 0.06, u: 0.002 },
      NAME_FUZZY: { m: 0.05, u: 0.02 },
      NAME_DIFFERENT: { m: 0.04, u: 0.968 },
    },
    lastName: {
      NAME_EXACT: { m: 0.85, u: 0.002 },
      NAME_SIMILAR: { m: 0.08, u: 0.001 },
      NAME_FUZZY: { m: 0.03, u: 0.01 },
      NAME_DIFFERENT: { m: 0.04, u: 0.987 },
    },
    birthDate: {
      BIRTHDATE_EXACT: { m: 0.9, u: 3e-5 },
      BIRTHDATE_SIMILAR: { m: 0.06, u: 5e-4 },
      BIRTHDATE_NEAR: { m: 0.02, u: 0.02 },
      BIRTHDATE_DIFFERENT: { m: 0.02, u: 0.97947 },
    },
    // u among pairs in the same postal code
    street: {
      ADDRESS_EXACT: { m: 0.75, u: 0.008 },
      ADDRESS_SIMILAR: { m: 0.12, u: 0.012 },
      ADDRESS_SAME_STREET: { m: 0.05, u: 0.05 },
      ADDRESS_DIFFERENT: { m: 0.08, u: 0.93 },
    },
    // u among pairs in the same city
    postalCode: {
      POSTAL_EXACT: { m: 0.85, u: 0.15 },
      POSTAL_SIMILAR: { m: 0.05, u: 0.05 },
      POSTAL_DIFFERENT: { m: 0.1, u: 0.8 },
    },
    city: {
      CITY_EXACT: { m: 0.85, u: 0.02 },
      CITY_SIMILAR: { m: 0.05, u: 0.02 },
      CITY_DIFFERENT: { m: 0.1, u: 0.96 },
    },
    // colleagues share it: u among the contact pairs blocking finds (one relation, alike names), not among all pairs
    relation: {
      RELATION_SAME: { m: 0.9, u: 0.03 },
      RELATION_DIFFERENT: { m: 0.1, u: 0.97 },
    },
  },
};
