import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class ContactInput {
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) birthDate?: string | null;
  @Field(() => ID, { nullable: true, description: 'The relation the person works at' }) relationId?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: "Defaults to the relation's division, else the creator's" })
  divisionId?: string | null;
}

@InputType({ description: 'Fields to change; a field left out stays, null clears it' })
export class UpdateContactInput {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) birthDate?: string | null;
  @Field(() => ID, { nullable: true }) relationId?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
}
