import type { LeadFields, RelationFields } from '../record-fields';
import { resolveCountry } from './country-code';
import { isFilled } from './field-text';
import { POSTAL_CODE_FORMATS } from './postal-code-formats';
import { finding, type Rule } from './rule-types';

// "DK-2100", "S-114 55": a country prefix in front of the digits
const COUNTRY_PREFIX = /^[A-Z]{1,2}-(?=\d)/;
const SEPARATORS = /[\s-]/g;

export const postalCodeInvalidRule: Rule<RelationFields | LeadFields> = {
  code: 'POSTAL_CODE_INVALID',
  severity: 'ERROR',
  entityTypes: ['RELATION', 'LEAD'],
  field: 'postalCode',
  description: "The postal code does not have its country's format (DK, NO, SE, NL, CZ, DE, GB).",
  check({ postalCode, country }) {
    if (!isFilled(postalCode)) return null;
    const code = resolveCountry(country);
    const format = code === null ? undefined : POSTAL_CODE_FORMATS[code];
    if (!format) return null;
    const value = postalCode.trim();
    const compact = value.toUpperCase().replace(COUNTRY_PREFIX, '').replace(SEPARATORS, '');
    const canonical = format.compact.test(compact) ? format.format(compact) : null;
    if (canonical === value) return null;
    const expected = canonical ? `write it as ${canonical}` : `expected ${format.expected}`;
    return finding(
      postalCodeInvalidRule,
      postalCode,
      `Postal code '${postalCode}' is not in the format for ${code}; ${expected}`,
      canonical,
    );
  },
};
