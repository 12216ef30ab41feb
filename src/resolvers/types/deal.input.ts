import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DealStatus } from '../../entities/enums';
import type { DealChanges, DealData } from '../../deals/deal.service';
import type { WithGlobalIds } from '../decode-refs';

@InputType({ description: 'A deal is always opened on a relation' })
export class DealInput implements WithGlobalIds<DealData, 'relationId' | 'contactId' | 'pipelineId' | 'managerId'> {
  @Field() title: string;
  @Field(() => ID) relationId: string;
  @Field(() => ID, { nullable: true }) contactId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to the default pipeline' }) pipelineId?: string | null;
  @Field(() => String, { nullable: true, description: "Defaults to the pipeline's first stage" }) stage?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to you' }) managerId?: string | null;
  @Field(() => Float, { nullable: true, description: 'What it is expected to be worth: 0 or more, at most 2 decimals' })
  value?: number | null;
}

@InputType()
export class UpdateDealInput implements WithGlobalIds<DealChanges, 'managerId'> {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) stage?: string | null;
  @Field(() => DealStatus, { nullable: true }) status?: DealStatus | null;
  @Field(() => ID, { nullable: true }) managerId?: string | null;
  @Field(() => Float, { nullable: true, description: 'null: no estimate' }) value?: number | null;
}
