import { Field, ID, InputType, Int } from 'type-graphql';
import type { NumberSeriesChanges } from '../../catalogue/number-series-admin.service';
import type { PipelineChanges, PipelineData } from '../../catalogue/pipeline-admin.service';

@InputType()
export class NumberSeriesInput {
  @Field({ description: 'Unique; up to 100 characters' }) name: string;
  @Field(() => String, { nullable: true, description: 'Up to 20 characters, no spaces; default none' })
  prefix?: string | null;
  @Field(() => Int, { nullable: true, description: 'The number the next customer gets, 1 to 2,000,000,000; default 1' })
  nextNumber?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'The series conversions take when none is named (of its division, when it has one)',
  })
  isDefault?: boolean | null;
  @Field(() => ID, { nullable: true, description: "A division's own series; none: every division's" })
  divisionId?: string | null;
}

@InputType({ description: 'A field left out stays as it is' })
export class UpdateNumberSeriesInput implements NumberSeriesChanges {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) prefix?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Once the series numbered a customer, only up: numbers it gave never come again',
  })
  nextNumber?: number | null;
  @Field(() => Boolean, { nullable: true }) isDefault?: boolean | null;
}

@InputType()
export class PipelineInput implements PipelineData {
  @Field({ description: 'Unique; up to 100 characters' }) name: string;
  @Field(() => [String], {
    description: 'In order, 1 to 30, each up to 100 characters; a new deal starts in the first',
  })
  stages: string[];
  @Field(() => Boolean, { nullable: true, description: 'The pipeline deals go into when none is named' })
  isDefault?: boolean | null;
}

@InputType({ description: 'A field left out stays as it is' })
export class UpdatePipelineInput implements PipelineChanges {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => [String], { nullable: true, description: 'The whole list; a stage that deals are in cannot go' })
  stages?: string[] | null;
  @Field(() => Boolean, { nullable: true }) isDefault?: boolean | null;
}
