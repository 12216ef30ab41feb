import { Field, Int, ObjectType } from 'type-graphql';
import { Severity } from '../../entities/enums';
import type { RuleSummaryData, ValidationSummaryData } from '../../quality/validation/validation-summary-query';

@ObjectType({ description: 'The findings of one rule' })
export class RuleSummary implements RuleSummaryData {
  @Field() code: string;
  @Field(() => Severity) severity: Severity;
  @Field() description: string;
  @Field(() => Int, { description: 'Records with at least one open finding of the rule' }) records: number;
  @Field(() => Int, { description: 'Open findings' }) findings: number;
  @Field(() => Int, { description: 'Findings ignored as false alarms' }) ignored: number;
}

@ObjectType({ description: 'Open and ignored findings, per rule and in all, for dashboards' })
export class ValidationSummary implements ValidationSummaryData {
  @Field(() => Int, { description: 'Open findings of severity ERROR' }) errors: number;
  @Field(() => Int, { description: 'Open findings of severity WARNING' }) warnings: number;
  @Field(() => Int) ignored: number;
  @Field(() => [RuleSummary], {
    description: "Every rule the filter covers, in the registry's order, with zeros where nothing is found",
  })
  rules: RuleSummary[];
}
