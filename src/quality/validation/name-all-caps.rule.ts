import { fieldLabel, type Text } from './field-text';
import { LEGAL_FORM } from './legal-form';
import { finding, type RecordFields, type Rule, type RuleFinding } from './rule-types';
import { titleCase } from './title-case';

const NAME_FIELDS = ['name', 'firstName', 'lastName', 'companyName'] as const;

type NameFields = Partial<Record<(typeof NAME_FIELDS)[number], Text>>;

// four capitals in a row: short acronyms such as IBM or ABB are left alone
const CAPITALS_RUN = /\p{Lu}{4}/u;
const LOWER_CASE = /\p{Ll}/u;

function isAllCaps(name: string): boolean {
  return CAPITALS_RUN.test(name) && !LOWER_CASE.test(name.replace(LEGAL_FORM, ''));
}

export const nameAllCapsRule: Rule<RecordFields> = {
  code: 'NAME_ALL_CAPS',
  severity: 'WARNING',
  entityTypes: ['RELATION', 'CONTACT', 'LEAD'],
  field: NAME_FIELDS.join('|'),
  description: 'A name is written in capitals only.',
  check(fields) {
    const names: NameFields = fields;
    let findings: RuleFinding[] | null = null;
    for (const field of NAME_FIELDS) {
      const name = names[field];
      if (!name || !isAllCaps(name)) continue;
      const fixed = titleCase(name);
      (findings ??= []).push(
        finding(
          nameAllCapsRule,
          name,
          `${fieldLabel(field)} '${name}' is written in capitals only; write it as '${fixed}'`,
          fixed,
          field,
        ),
      );
    }
    return findings;
  },
};
