import { Field, ObjectType } from 'type-graphql';
import { RecordType, Severity } from '../../entities/enums';

@ObjectType({ description: 'A data-quality rule: ruleCodes filters and applySuggestedFixes take its code' })
export class ValidationRule {
  @Field() code: string;
  @Field(() => Severity) severity: Severity;
  @Field(() => [RecordType]) entityTypes: RecordType[];
  @Field({ description: "The field the rule reads; alternatives joined by '|', '*' for every text field" })
  field: string;
  @Field() description: string;
}
