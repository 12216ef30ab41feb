import { Field, ID, InputType } from 'type-graphql';
import type { ActivityData } from '../../activities/activity.service';
import { ActivityType } from '../../entities/enums';

@InputType({ description: 'Name exactly one of leadId, relationId, contactId, dealId' })
export class ActivityInput implements ActivityData {
  @Field(() => ActivityType) type: ActivityType;
  @Field() subject: string;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => Date, { nullable: true }) dueAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to you' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true }) leadId?: string | null;
  @Field(() => ID, { nullable: true }) relationId?: string | null;
  @Field(() => ID, { nullable: true }) contactId?: string | null;
  @Field(() => ID, { nullable: true }) dealId?: string | null;
}
