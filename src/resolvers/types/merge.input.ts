import { Field, ID, InputType, Int } from 'type-graphql';
import { Bounded, LONG_TEXT_LENGTH } from '../../schema/input-bounds';
import type { MergeInput } from '../parse-merge-input';

@InputType({
  description:
    'One field of the survivor: taken from one of the records (fromId) or given (value); exactly one of the two',
})
export class FieldValueInput {
  @Field({ description: 'As the record type names it: email, phone, name, owner, division …' }) field: string;
  @Field(() => ID, { nullable: true, description: 'The survivor or a merged record, whose value the survivor takes' })
  fromId?: string | null;
  @Bounded({ maxLength: LONG_TEXT_LENGTH })
  @Field(() => String, { nullable: true, description: 'The value to give it; an empty string clears it' })
  value?: string | null;
}

@InputType({ description: 'The version of a record as you read it' })
export class RecordVersionInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
}

@InputType({ description: 'Relations, contacts or leads (all of one type, any number) to merge into a survivor' })
export class MergeRecordsInput implements MergeInput {
  @Field(() => ID, { description: 'The record that stays' }) survivorId: string;
  @Field(() => [ID], { description: 'The records merged into it; they become MERGED and point at it' })
  mergedIds: string[];
  @Field(() => [FieldValueInput], {
    nullable: true,
    description:
      "Fields not named keep the survivor's value, or when it has none the first merged record's that has one; text values not taken are kept as alternateValues",
  })
  fieldValues?: FieldValueInput[] | null;
  @Field(() => [RecordVersionInput], {
    description: 'The version you read of the survivor and of every merged record; a stale one is CONFLICT',
  })
  expectedVersions: RecordVersionInput[];
}
