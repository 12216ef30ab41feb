import { fieldLabel } from './field-text';
import { finding, type RecordFields, type Rule, type RuleFinding } from './rule-types';

const BAD_SPACING = /^\s|\s$|\s\s/;
const RUNS_OF_SPACE = /\s+/g;

function message(field: string, value: string, fixed: string): string {
  const label = fieldLabel(field);
  return fixed === ''
    ? `${label} holds only spaces; clear it`
    : `${label} '${value}' has leading, trailing or doubled spaces; write it as '${fixed}'`;
}

export const whitespaceRule: Rule<RecordFields> = {
  code: 'WHITESPACE',
  severity: 'WARNING',
  entityTypes: ['RELATION', 'CONTACT', 'LEAD'],
  field: '*',
  description: 'A text field has leading, trailing or doubled spaces.',
  check(fields) {
    let findings: RuleFinding[] | null = null;
    const values = fields as Readonly<Record<string, unknown>>;
    for (const field in values) {
      const value = values[field];
      if (typeof value !== 'string' || !BAD_SPACING.test(value)) continue;
      const fixed = value.trim().replace(RUNS_OF_SPACE, ' ');
      (findings ??= []).push(finding(whitespaceRule, value, message(field, value, fixed), fixed, field));
    }
    return findings;
  },
};
