export { RULES, listRuleMetadata, ruleByCode, validateRecord } from './rule-registry';
export type { RecordFields, Rule, RuleFinding, RuleMetadata, Severity } from './rule-types';
