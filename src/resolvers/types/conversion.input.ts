import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ActivityType } from '../../entities/enums';
import {
  ActivityChoice,
  ContactChoice,
  ContactField,
  ConversionTarget,
  DealChoice,
  RelationChoice,
} from '../../leads/conversion/conversion-choices';
import type { ActivityStep, ContactStep, DealStep, RelationStep } from '../../leads/conversion/conversion-plan';
import type { ConvertLeadData } from '../../leads/conversion/convert-lead.service';
import type { RelationOverrides } from '../../leads/conversion/lead-record-data';
import type { WithGlobalIds } from '../decode-refs';
import { RelationFields } from './relation.input';

@InputType({
  description: "Changes to the relation a conversion creates from the lead's data, e.g. from companyRegisterLookup",
})
export class RelationOverridesInput extends RelationFields implements RelationOverrides {}

@InputType({ description: 'Step 1, the customer. Left out: AUTOMATIC' })
export class RelationStepInput implements WithGlobalIds<RelationStep, 'relationId' | 'numberSeriesId'> {
  @Field(() => RelationChoice) choice: RelationChoice;
  @Field(() => ID, { nullable: true, description: 'With EXISTING: any relation, also one of another division' })
  relationId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "Where a new relation's customer number comes from; the default series otherwise",
  })
  numberSeriesId?: string | null;
  @Field(() => RelationOverridesInput, { nullable: true }) overrides?: RelationOverridesInput | null;
}

@InputType({ description: 'Step 2, the contact person. Left out: NONE for a CLIENT, else AUTOMATIC' })
export class ContactStepInput implements WithGlobalIds<ContactStep, 'contactId'> {
  @Field(() => ContactChoice) choice: ContactChoice;
  @Field(() => ID, { nullable: true, description: 'With EXISTING: a person at the chosen relation' }) contactId?:
    string | null;
  @Field(() => [ContactField], {
    nullable: true,
    description: "With EXISTING: the details that take the lead's value; the contact keeps every other",
  })
  takeFromLead?: ContactField[] | null;
}

@InputType({ description: 'Step 3, the case (DEAL only). Left out: CREATE' })
export class DealStepInput implements WithGlobalIds<DealStep, 'dealId' | 'pipelineId' | 'managerId'> {
  @Field(() => DealChoice) choice: DealChoice;
  @Field(() => ID, { nullable: true, description: 'With EXISTING: an open deal of the chosen relation' }) dealId?:
    string | null;
  @Field(() => String, { nullable: true, description: "Defaults to the lead's company or name" }) title?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to the default pipeline' }) pipelineId?: string | null;
  @Field(() => String, { nullable: true, description: "Defaults to the pipeline's first stage" }) stage?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to you' }) managerId?: string | null;
  @Field(() => Float, { nullable: true, description: 'What the new deal is expected to be worth; none by default' })
  value?: number | null;
}

@InputType({ description: 'The follow-up. Left out: a CALL due now, yours' })
export class ActivityStepInput implements WithGlobalIds<ActivityStep, 'ownerId'> {
  @Field(() => ActivityChoice) choice: ActivityChoice;
  @Field(() => ActivityType, { nullable: true, description: 'Defaults to CALL' }) type?: ActivityType | null;
  @Field(() => String, { nullable: true, description: 'Defaults to "Call <name>" and the like' }) subject?:
    string | null;
  @Field(() => Date, { nullable: true, description: 'Defaults to now' }) dueAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to you' }) ownerId?: string | null;
}

@InputType()
export class ConvertLeadInput implements Pick<ConvertLeadData, 'expectedVersion' | 'target'> {
  @Field(() => ID) leadId: string;
  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale one is CONFLICT' }) expectedVersion?:
    number | null;
  @Field(() => ConversionTarget) target: ConversionTarget;
  @Field(() => RelationStepInput, { nullable: true }) relation?: RelationStepInput | null;
  @Field(() => ContactStepInput, { nullable: true }) contact?: ContactStepInput | null;
  @Field(() => DealStepInput, { nullable: true }) deal?: DealStepInput | null;
  @Field(() => ActivityStepInput, { nullable: true }) activity?: ActivityStepInput | null;
}
