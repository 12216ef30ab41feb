import { Field, ID, InputType } from 'type-graphql';
import { RecordType, Severity } from '../../entities/enums';
import type { ValidationFilterData } from '../../quality/validation/report-filter';
import type { WithGlobalIds } from '../decode-refs';

@InputType({
  description: 'What the validation report, its summary and bulk fixes can be narrowed to; every field is optional',
})
export class ValidationFilter implements WithGlobalIds<ValidationFilterData, 'divisionId' | 'ownerId'> {
  @Field(() => RecordType, { nullable: true }) entityType?: RecordType | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Rule codes such as PHONE_INVALID (validationRules lists them): records with any of them',
  })
  ruleCodes?: string[] | null;
  @Field(() => Severity, { nullable: true }) severity?: Severity | null;
  @Field(() => ID, { nullable: true }) divisionId?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Records created at or after' }) createdAfter?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Records created before' }) createdBefore?: Date | null;
  @Field(() => String, { nullable: true, description: 'Free text over names, e-mail and phone' }) search?:
    string | null;
}
