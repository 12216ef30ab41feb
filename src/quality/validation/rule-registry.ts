import type { EntityType } from '../record-fields';
import { birthDateImplausibleRule } from './birth-date.rule';
import { contactWithoutRelationRule } from './contact-without-relation.rule';
import { countryInvalidRule } from './country.rule';
import { emailInvalidRule } from './email.rule';
import { freeMailWithWebsiteRule } from './free-mail-with-website.rule';
import { nameAllCapsRule } from './name-all-caps.rule';
import { phoneInvalidRule, phoneNotE164Rule } from './phone.rule';
import { postalCodeInvalidRule } from './postal-code.rule';
import { privateWithRegnoRule } from './private-with-regno.rule';
import { regnoInvalidRule } from './registration-number.rule';
import { REQUIRED_FIELD_RULES } from './required-fields.rule';
import type { RecordFields, Rule, RuleFinding, RuleMetadata } from './rule-types';
import { whitespaceRule } from './whitespace.rule';

export const RULES: readonly Rule[] = [
  ...REQUIRED_FIELD_RULES,
  emailInvalidRule,
  phoneInvalidRule,
  phoneNotE164Rule,
  regnoInvalidRule,
  postalCodeInvalidRule,
  countryInvalidRule,
  whitespaceRule,
  nameAllCapsRule,
  privateWithRegnoRule,
  contactWithoutRelationRule,
  freeMailWithWebsiteRule,
  birthDateImplausibleRule,
];

const BY_CODE = new Map<string, Rule>();
for (const rule of RULES) {
  if (BY_CODE.has(rule.code)) throw new Error(`Duplicate validation rule code ${rule.code}`);
  BY_CODE.set(rule.code, rule);
}

const BY_ENTITY_TYPE: Readonly<Record<EntityType, readonly Rule[]>> = {
  RELATION: RULES.filter((rule) => rule.entityTypes.includes('RELATION')),
  CONTACT: RULES.filter((rule) => rule.entityTypes.includes('CONTACT')),
  LEAD: RULES.filter((rule) => rule.entityTypes.includes('LEAD')),
};

const METADATA: readonly RuleMetadata[] = RULES.map(({ code, severity, entityTypes, field, description }) => ({
  code,
  severity,
  entityTypes,
  field,
  description,
}));

export function ruleByCode(code: string): Rule | undefined {
  return BY_CODE.get(code);
}

/** The rules' descriptions, for the `validationRules` query. */
export function listRuleMetadata(): readonly RuleMetadata[] {
  return METADATA;
}

/** Every finding of every rule for the entity type; the fields must be of that entity type. */
export function validateRecord(entityType: EntityType, fields: RecordFields): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const rule of BY_ENTITY_TYPE[entityType]) {
    const found = rule.check(fields);
    if (found === null) continue;
    if (Array.isArray(found)) findings.push(...found);
    else findings.push(found);
  }
  return findings;
}
