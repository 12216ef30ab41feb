import { Field, ID, InputType, Int } from 'type-graphql';
import { RelationKind } from '../../entities/enums';

/** The fields a new relation, a relation's update and a conversion's relation overrides share. */
@InputType()
export abstract class RelationFields {
  @Field(() => RelationKind, { nullable: true }) kind?: RelationKind | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) registrationNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) country?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
}

@InputType({ description: 'A new relation; kind defaults to COMPANY' })
export class RelationInput extends RelationFields {
  @Field(() => String, { nullable: true }) customerNumber?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: "Defaults to the creator's division" }) divisionId?: string | null;
}

@InputType({ description: 'Fields to change; a field left out stays, null clears it' })
export class UpdateRelationInput extends RelationFields {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String, { nullable: true }) customerNumber?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
}
