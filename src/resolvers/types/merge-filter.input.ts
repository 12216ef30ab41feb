import { Field, InputType } from 'type-graphql';
import { RecordType } from '../../entities/enums';
import type { MergeFilterData } from '../../quality/merge/merge-filter';
import type { EntityType } from '../../quality/record-fields';

@InputType({ description: 'Which merges the merge log lists; every field is optional' })
export class MergeFilter implements MergeFilterData {
  @Field(() => RecordType, { nullable: true }) entityType?: EntityType | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only undone merges; false: only those in force' })
  undone?: boolean | null;
}
