import { Field, Int, ObjectType } from 'type-graphql';
import { Contact, Lead, Relation } from '../../entities';
import { FieldError } from '../../fields/field-errors';

@ObjectType({ description: 'One input of a batch: its index, and the saved record or its errors' })
class BatchItemBase {
  @Field(() => Int) index: number;
  @Field(() => [FieldError]) errors: FieldError[];
}

@ObjectType()
export class LeadBatchItem extends BatchItemBase {
  @Field(() => Lead, { nullable: true }) lead: Lead | null;
}

@ObjectType()
export class RelationBatchItem extends BatchItemBase {
  @Field(() => Relation, { nullable: true }) relation: Relation | null;
}

@ObjectType()
export class ContactBatchItem extends BatchItemBase {
  @Field(() => Contact, { nullable: true }) contact: Contact | null;
}
