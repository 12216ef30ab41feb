import { Field, ID, InputType } from 'type-graphql';
import type { DealFilterData } from '../../deals/deal-filter';
import { DealStatus } from '../../entities/enums';
import type { WithGlobalIds } from '../decode-refs';

@InputType()
export class DealFilter implements WithGlobalIds<
  DealFilterData,
  'relationId' | 'contactId' | 'managerId' | 'pipelineId' | 'divisionId'
> {
  @Field(() => [DealStatus], { nullable: true }) status?: DealStatus[] | null;
  @Field(() => ID, { nullable: true }) relationId?: string | null;
  @Field(() => ID, { nullable: true }) contactId?: string | null;
  @Field(() => ID, { nullable: true }) managerId?: string | null;
  @Field(() => ID, { nullable: true }) pipelineId?: string | null;
  @Field(() => ID, { nullable: true }) divisionId?: string | null;
  @Field(() => String, { nullable: true, description: 'Free text over the title' }) search?: string | null;
}
