import type { EntityType } from '../record-fields';
import { isCountryCode, resolveCountry } from './country-code';
import { isFilled } from './field-text';
import { finding, type RecordFields, type Rule } from './rule-types';

// A contact's country is its relation's, so it is judged on the relation only.
const ENTITY_TYPES: EntityType[] = ['RELATION', 'LEAD'];

export const countryInvalidRule: Rule<RecordFields> = {
  code: 'COUNTRY_INVALID',
  severity: 'ERROR',
  entityTypes: ENTITY_TYPES,
  field: 'country',
  description: 'The country is not an ISO 3166-1 alpha-2 code (DK, NO, SE, NL, CZ, DE, GB …).',
  check({ country }) {
    if (!isFilled(country) || isCountryCode(country)) return null;
    const code = resolveCountry(country);
    const hint = code ? `; did you mean ${code}?` : '';
    return finding(
      countryInvalidRule,
      country,
      `Country '${country}' is not an ISO 3166-1 alpha-2 code; expected two capital letters such as DK, NO or GB${hint}`,
      code,
    );
  },
};
