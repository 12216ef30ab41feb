import type { ContactFields, EntityType, LeadFields, RelationFields } from '../record-fields';

export type Severity = 'ERROR' | 'WARNING';

export type RecordFields = RelationFields | ContactFields | LeadFields;

/** What one rule found on one field of one record. */
export interface RuleFinding {
  code: string;
  severity: Severity;
  field: string;
  message: string;
  /** the offending value as stored, null when the value is missing */
  value: string | null;
  suggestedValue: string | null;
}

/** The description of a rule, as the `validationRules` query lists it. */
export interface RuleMetadata {
  /** stable SCREAMING_SNAKE code */
  code: string;
  severity: Severity;
  entityTypes: EntityType[];
  /** the field the rule reads; alternatives joined by '|', '*' for every text field */
  field: string;
  description: string;
}

export interface Rule<F = RecordFields> extends RuleMetadata {
  /** Pure: the record's own fields (country included) are all it reads. */
  check(fields: F): RuleFinding | RuleFinding[] | null;
}

export function finding(
  rule: RuleMetadata,
  value: string | null | undefined,
  message: string,
  suggestedValue: string | null = null,
  field: string = rule.field,
): RuleFinding {
  return { code: rule.code, severity: rule.severity, field, message, value: value ?? null, suggestedValue };
}
