import type { LeadFields, RelationFields } from '../record-fields';
import { isFilled } from './field-text';
import { finding, type Rule } from './rule-types';

export const privateWithRegnoRule: Rule<RelationFields | LeadFields> = {
  code: 'PRIVATE_WITH_REGNO',
  severity: 'ERROR',
  entityTypes: ['RELATION', 'LEAD'],
  field: 'registrationNumber',
  description: 'A private relation or lead carries a company registration number.',
  check({ kind, registrationNumber }) {
    if (kind !== 'PRIVATE' || !isFilled(registrationNumber)) return null;
    return finding(
      privateWithRegnoRule,
      registrationNumber,
      `Registration number '${registrationNumber}' is set on a private record; make the record a company/business one or clear the number`,
    );
  },
};
