import type { RuleFinding } from '../../../../src/quality/validation/rule-types';

/** A rule's result as a list, whatever shape the rule returned. */
export function asList(result: RuleFinding | RuleFinding[] | null): RuleFinding[] {
  if (result === null) return [];
  return Array.isArray(result) ? result : [result];
}
