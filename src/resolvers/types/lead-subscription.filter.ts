import { Field, ID, InputType } from 'type-graphql';
import { LeadKind, LeadSource } from '../../entities/enums';

@InputType({ description: 'Which new or changed leads a subscription pushes' })
export class LeadSubscriptionFilter {
  @Field(() => ID, { nullable: true }) divisionId?: string | null;
  @Field(() => [LeadSource], { nullable: true }) source?: LeadSource[] | null;
  @Field(() => LeadKind, { nullable: true }) kind?: LeadKind | null;
}
