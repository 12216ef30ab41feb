import { Field, ID, InputType } from 'type-graphql';
import { Bounded, LONG_TEXT_LENGTH } from '../../schema/input-bounds';
import type { ActivityData } from '../../activities/activity.service';
import type { WithGlobalIds } from '../decode-refs';
import { ActivityType } from '../../entities/enums';

@InputType({ description: 'Name exactly one of leadId, relationId, contactId, dealId' })
export class ActivityInput implements WithGlobalIds<
  ActivityData,
  'ownerId' | 'leadId' | 'relationId' | 'contactId' | 'dealId'
> {
  @Field(() => ActivityType) type: ActivityType;
  @Field() subject: string;
  @Bounded({ maxLength: LONG_TEXT_LENGTH })
  @Field(() => String, { nullable: true })
  body?: string | null;
  @Field(() => Date, { nullable: true }) dueAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to you' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true }) leadId?: string | null;
  @Field(() => ID, { nullable: true }) relationId?: string | null;
  @Field(() => ID, { nullable: true }) contactId?: string | null;
  @Field(() => ID, { nullable: true }) dealId?: string | null;
}
