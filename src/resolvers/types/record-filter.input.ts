import { Field, ID, InputType } from 'type-graphql';
import type { RecordFilterData } from '../../records/record-query';
import type { WithGlobalIds } from '../decode-refs';

/** What every list of records can be filtered by. */
@InputType()
export class RecordFilter implements WithGlobalIds<RecordFilterData, 'ownerId' | 'divisionId'> {
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only records nobody owns (the inbox)' }) unowned?:
    boolean | null;
  @Field(() => ID, { nullable: true }) divisionId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only records with this tag' }) tag?: string | null;
  @Field(() => Date, { nullable: true }) createdAfter?: Date | null;
  @Field(() => Date, { nullable: true }) createdBefore?: Date | null;
  @Field(() => String, { nullable: true, description: 'Free text over name, company, e-mail and phone' }) search?:
    string | null;
}
