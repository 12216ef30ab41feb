import type { ContactFields, EntityType, LeadFields, RelationFields } from '../record-fields';
import { isFilled } from './field-text';
import { finding, type Rule } from './rule-types';

interface RequiredFieldSpec<F> {
  code: string;
  entityTypes: EntityType[];
  field: string;
  description: string;
  /** the message when the record lacks the field(s), null when it has them */
  missing(fields: F): string | null;
}

function requiredFieldRule<F>(spec: RequiredFieldSpec<F>): Rule<F> {
  const rule: Rule<F> = {
    code: spec.code,
    severity: 'ERROR',
    entityTypes: spec.entityTypes,
    field: spec.field,
    description: spec.description,
    check(fields) {
      const message = spec.missing(fields);
      return message === null ? null : finding(rule, null, message);
    },
  };
  return rule;
}

export const nameRequiredRule = requiredFieldRule<RelationFields>({
  code: 'NAME_REQUIRED',
  entityTypes: ['RELATION'],
  field: 'name',
  description: 'A relation, company or private, needs a name.',
  missing: ({ kind, name }) =>
    isFilled(name)
      ? null
      : kind === 'COMPANY'
        ? 'Name is empty; a company relation needs its company name'
        : "Name is empty; a private relation needs the person's name",
});

export const leadNameRequiredRule = requiredFieldRule<LeadFields>({
  code: 'LEAD_NAME_REQUIRED',
  entityTypes: ['LEAD'],
  field: 'firstName|lastName|companyName',
  description: 'A lead needs a first or last name, or for a business lead a company name.',
  missing: ({ kind, firstName, lastName, companyName }) =>
    isFilled(firstName) || isFilled(lastName) || (kind === 'BUSINESS' && isFilled(companyName))
      ? null
      : kind === 'BUSINESS'
        ? 'Lead has no name; enter a first name, last name or company name'
        : 'Lead has no name; enter a first or last name',
});

export const contactInfoRequiredRule = requiredFieldRule<LeadFields>({
  code: 'CONTACT_INFO_REQUIRED',
  entityTypes: ['LEAD'],
  field: 'email|phone',
  description: 'A lead needs an e-mail address or a phone number to be followed up.',
  missing: ({ email, phone }) =>
    isFilled(email) || isFilled(phone) ? null : 'Lead has neither e-mail nor phone; enter at least one of them',
});

export const companyNameRequiredRule = requiredFieldRule<LeadFields>({
  code: 'COMPANY_NAME_REQUIRED',
  entityTypes: ['LEAD'],
  field: 'companyName',
  description: 'A business lead needs a company name.',
  missing: ({ kind, companyName }) =>
    kind !== 'BUSINESS' || isFilled(companyName) ? null : 'Company name is empty; a business lead needs one',
});

export const contactNameRequiredRule = requiredFieldRule<ContactFields>({
  code: 'CONTACT_NAME_REQUIRED',
  entityTypes: ['CONTACT'],
  field: 'firstName|lastName',
  description: 'A contact person needs a first or last name.',
  missing: ({ firstName, lastName }) =>
    isFilled(firstName) || isFilled(lastName) ? null : 'Contact has no name; enter a first or last name',
});

export const REQUIRED_FIELD_RULES = [
  nameRequiredRule,
  leadNameRequiredRule,
  contactInfoRequiredRule,
  companyNameRequiredRule,
  contactNameRequiredRule,
];
