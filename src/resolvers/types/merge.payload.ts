import { Field, ObjectType } from 'type-graphql';
import type { MergedFieldValue } from '../../entities/merge.entity';
import type { EntityType } from '../../quality/record-fields';

@ObjectType({ description: "A survivor's field as a merge set it" })
export class MergeFieldValue implements MergedFieldValue {
  @Field() field: string;
  @Field(() => String, { nullable: true, description: 'Text, or the id of the user, division or relation it names' })
  value: string | null;
  fromId: number | null;
  /** the merge's record type, which fromId is a record of */
  entityType: EntityType;
}
