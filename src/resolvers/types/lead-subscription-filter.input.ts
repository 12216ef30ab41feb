import { Field, ID, InputType } from 'type-graphql';
import { LeadKind, LeadSource } from '../../entities/enums';
import type { LeadStreamFilter } from '../../leads/lead-filter';
import type { WithGlobalIds } from '../decode-refs';

@InputType({ description: 'Which new or changed leads a subscription pushes' })
export class LeadSubscriptionFilter implements WithGlobalIds<LeadStreamFilter, 'divisionId'> {
  @Field(() => ID, { nullable: true }) divisionId?: string | null;
  @Field(() => [LeadSource], { nullable: true }) source?: LeadSource[] | null;
  @Field(() => LeadKind, { nullable: true }) kind?: LeadKind | null;
}
