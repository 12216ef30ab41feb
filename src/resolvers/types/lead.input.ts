import { Field, ID, InputType, Int } from 'type-graphql';
import { Bounded, LONG_TEXT_LENGTH } from '../../schema/input-bounds';
import { LeadKind, LeadSource } from '../../entities/enums';

/** The fields a new lead and a lead's update share (message is not among them: type-graphql drops the bound of an inherited field). */
@InputType()
export abstract class LeadFields {
  @Field(() => LeadKind, { nullable: true }) kind?: LeadKind | null;
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) companyName?: string | null;
  @Field(() => String, { nullable: true }) registrationNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) country?: string | null;
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) birthDate?: string | null;
}

@InputType({ description: 'A new lead. Without kind, a lead with companyName is BUSINESS, otherwise PRIVATE' })
export class LeadInput extends LeadFields {
  @Bounded({ maxLength: LONG_TEXT_LENGTH })
  @Field(() => String, { nullable: true })
  message?: string | null;
  @Field(() => LeadSource, { nullable: true, description: 'Defaults to MANUAL' }) source?: LeadSource | null;
  @Field(() => String, { nullable: true, description: 'Unique per source; a repeated one is refused' }) externalId?:
    string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'A user; the lead is then IN_PROGRESS' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: "Defaults to the creator's division" }) divisionId?: string | null;
}

@InputType({ description: 'Fields to change; a field left out stays, null clears it' })
export class UpdateLeadInput extends LeadFields {
  @Bounded({ maxLength: LONG_TEXT_LENGTH })
  @Field(() => String, { nullable: true })
  message?: string | null;
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is CONFLICT' }) expectedVersion: number;
}
