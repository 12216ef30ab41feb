import { Field, ID, InputType } from 'type-graphql';
import type { ActivityFilterData } from '../../activities/activity-filter';
import { ActivityType } from '../../entities/enums';
import type { WithGlobalIds } from '../decode-refs';

@InputType()
export class ActivityFilter implements WithGlobalIds<ActivityFilterData, 'ownerId'> {
  @Field(() => [ActivityType], { nullable: true }) type?: ActivityType[] | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only done; false: only open' }) done?: boolean | null;
  @Field(() => Date, { nullable: true }) dueBefore?: Date | null;
  @Field(() => Date, { nullable: true }) dueAfter?: Date | null;
}
