import { Field, ID, InputType } from 'type-graphql';
import { ActivityType } from '../../entities/enums';

@InputType()
export class ActivityFilter {
  @Field(() => [ActivityType], { nullable: true }) type?: ActivityType[] | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only done; false: only open' }) done?: boolean | null;
  @Field(() => Date, { nullable: true }) dueBefore?: Date | null;
  @Field(() => Date, { nullable: true }) dueAfter?: Date | null;
}
