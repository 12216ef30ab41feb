import { Field, Float, ID, InputType } from 'type-graphql';
import { DuplicateClusterStatus, RecordType } from '../../entities/enums';
import type { DuplicateClusterFilterData } from '../../quality/duplicates/duplicate-filter';
import type { WithGlobalIds } from '../decode-refs';

@InputType()
export class DuplicateClusterFilter implements WithGlobalIds<DuplicateClusterFilterData, 'divisionId'> {
  @Field(() => RecordType, { nullable: true }) entityType?: RecordType | null;

  @Field(() => [DuplicateClusterStatus], { nullable: true, description: 'Defaults to OPEN' }) status?:
    DuplicateClusterStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Clusters with a member in this division' }) divisionId?:
    string | null;

  @Field(() => Float, { nullable: true, description: 'Clusters whose weakest link scores at least this' }) minScore?:
    number | null;

  @Field(() => String, { nullable: true, description: "Free text over the members' names" }) search?: string | null;
}
