import { Field, ObjectType } from 'type-graphql';
import type { EntityType } from '../../quality/record-fields';

@ObjectType({
  description:
    "A value for the merged record: the one most members agree on, in the suggested survivor's spelling when it has it",
})
export class SuggestedValue {
  @Field({ description: 'The field as mergeRecords names it' }) field: string;

  @Field() value: string;

  entityType: EntityType;

  /** the member whose spelling is suggested */
  fromId: number;

  /** every member holding the value, in any spelling that normalises alike */
  sourceIds: number[];
}
