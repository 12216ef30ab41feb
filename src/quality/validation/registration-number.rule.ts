import type { LeadFields, RelationFields } from '../record-fields';
import { resolveCountry } from './country-code';
import { isFilled } from './field-text';
import { REGISTRATION_NUMBER_FORMATS, registrationProblem } from './registration-number-formats';
import { finding, type Rule } from './rule-types';

export const regnoInvalidRule: Rule<RelationFields | LeadFields> = {
  code: 'REGNO_INVALID',
  severity: 'ERROR',
  entityTypes: ['RELATION', 'LEAD'],
  field: 'registrationNumber',
  description:
    'The registration number fails its country check (DK CVR, NO organisasjonsnummer, SE organisationsnummer, CZ IČO: checksum; NL KvK: 8 digits) or is not written in its compact form.',
  check({ registrationNumber, country }) {
    if (!isFilled(registrationNumber)) return null;
    const code = resolveCountry(country);
    const format = code === null ? undefined : REGISTRATION_NUMBER_FORMATS[code];
    if (!format) return null;
    const value = registrationNumber.trim();
    const check = format.validate(value);
    if (!check.isValid) {
      return finding(
        regnoInvalidRule,
        registrationNumber,
        `Registration number '${registrationNumber}' is not a valid ${format.name} for ${code}: ${registrationProblem(check)}; expected ${format.expected}`,
      );
    }
    if (check.compact === undefined || check.compact === value) return null;
    return finding(
      regnoInvalidRule,
      registrationNumber,
      `Registration number '${registrationNumber}' is a valid ${format.name} but not in compact form; write it as ${check.compact}`,
      check.compact,
    );
  },
};
