import { Field, ID, InputType, Int } from 'type-graphql';

/** The fields a new contact and a contact's update share. */
@InputType()
export abstract class ContactFields {
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) birthDate?: string | null;
  @Field(() => ID, { nullable: true, description: 'The relation the person works at' }) relationId?: string | null;
}

@InputType()
export class ContactInput extends ContactFields {
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: "Defaults to the relation's division, else the creator's" })
  divisionId?: string | null;
}

@InputType({ description: 'Fields to change; a field left out stays, null clears it' })
export class UpdateContactInput extends ContactFields {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
}
