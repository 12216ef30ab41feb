import type { ContactFields } from '../record-fields';
import { isFilled } from './field-text';
import { finding, type Rule } from './rule-types';

export const contactWithoutRelationRule: Rule<ContactFields> = {
  code: 'CONTACT_WITHOUT_RELATION',
  severity: 'ERROR',
  entityTypes: ['CONTACT'],
  field: 'relationId',
  description: 'A contact person must belong to a relation.',
  check({ relationId }) {
    return isFilled(relationId)
      ? null
      : finding(
          contactWithoutRelationRule,
          relationId,
          'Contact belongs to no relation; link it to the relation it works for',
        );
  },
};
