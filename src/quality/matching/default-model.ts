import type { MatchModel } from './match-model';

/**
 * Hand-set model for data nobody has trained on yet. With λ = 1e-5 a pair needs about 20 bits of evidence to reach
 * the threshold: a shared registration number, e-mail or phone gives about that alone, a full name about 15 bits
 * (so it never suffices alone), a name plus a birth date, address or company domain does. Different registration
 * numbers mean different legal entities, so a conflict takes about as much away as a shared phone adds.
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
    street: {
      ADDRESS_EXACT: { m: 0.75, u: 1e-5 },
      ADDRESS_SIMILAR: { m: 0.12, u: 1e-4 },
      ADDRESS_SAME_STREET: { m: 0.05, u: 2e-3 },
      ADDRESS_DIFFERENT: { m: 0.08, u: 0.99789 },
    },
    postalCode: {
      POSTAL_EXACT: { m: 0.85, u: 1e-3 },
      POSTAL_SIMILAR: { m: 0.05, u: 0.01 },
      POSTAL_DIFFERENT: { m: 0.1, u: 0.989 },
    },
    city: {
      CITY_EXACT: { m: 0.85, u: 0.02 },
      CITY_SIMILAR: { m: 0.05, u: 1e-3 },
      CITY_DIFFERENT: { m: 0.1, u: 0.979 },
    },
    relation: {
      RELATION_SAME: { m: 0.9, u: 1e-4 },
      RELATION_DIFFERENT: { m: 0.1, u: 0.9999 },
    },
  },
};
