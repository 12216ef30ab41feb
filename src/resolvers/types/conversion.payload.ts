import { Field, Float, ObjectType } from 'type-graphql';
import { Activity, Contact, Deal, Lead, NumberSeries, Pipeline, Relation, User } from '../../entities';
import { ContactField } from '../../leads/conversion/conversion-choices';
import type { ConversionResult as Result } from '../../leads/conversion/convert-lead.service';
import type {
  ContactCandidate as Candidate,
  ConversionPreview as Preview,
  PreviewCandidate,
} from '../../leads/conversion/conversion-preview.service';
import type { FieldDifference as Difference } from '../../leads/conversion/contact-differences';
import type { NumberSeriesChoice as SeriesChoice } from '../../leads/conversion/number-series.service';

@ObjectType({ description: 'What a lead became' })
export class ConversionResult implements Result {
  @Field(() => Lead, { description: 'CONVERTED, linked to what it became' }) lead: Lead;
  @Field(() => Relation) relation: Relation;
  @Field(() => Contact, { nullable: true }) contact: Contact | null;
  @Field(() => Deal, { nullable: true }) deal: Deal | null;
  @Field(() => Activity, { nullable: true, description: 'The planned follow-up' }) activity: Activity | null;
}

/** What every candidate shows, whoever asks: enough to see that the record exists, and why it matches. */
@ObjectType()
abstract class CandidateSummary {
  @Field({ description: 'Its name, shown also when the record itself is not' }) name: string;
  /** resolved as division */
  divisionId: number | null;
  @Field(() => Float, { description: "The matching engine's probability, 0..1" }) score: number;
  @Field(() => [String], {
    description:
      'Stable match reasons: REGNO_EXACT, EMAIL_EXACT, PHONE_EXACT, NAME_SIMILAR …; PRIVATE_CUSTOMERS for the shared private-customers relation',
  })
  reasons: string[];
  @Field({ description: 'A 100% match: AUTOMATIC takes it' }) automatic: boolean;
}

@ObjectType({
  description:
    'A customer the lead may already be. One of a division you do not work in shows only its name, division, score and reasons (relation is null): convert it with a colleague of that division or a data steward',
})
export class RelationCandidate extends CandidateSummary implements PreviewCandidate<Relation> {
  @Field(() => Relation, {
    name: 'relation',
    nullable: true,
    description: 'Null when it is in a division you do not work in',
  })
  record: Relation | null;
}

@ObjectType({ description: 'A detail the lead and the contact person hold differently' })
export class ContactFieldDifference implements Difference {
  @Field(() => ContactField) field: ContactField;
  @Field(() => String, { nullable: true }) contactValue: string | null;
  @Field() leadValue: string;
}

@ObjectType({
  description:
    'A person at the chosen relation. One of a division you do not work in shows only the name, division, score and reasons (contact is null, no differences)',
})
export class ContactCandidate extends CandidateSummary implements Candidate {
  @Field(() => Contact, { name: 'contact', nullable: true, description: 'Null when in a division you do not work in' })
  record: Contact | null;
  @Field(() => [ContactFieldDifference], {
    description: 'Choose per detail with takeFromLead; none when contact is null',
  })
  differences: ContactFieldDifference[];
}

@ObjectType()
export class NumberSeriesChoice implements SeriesChoice {
  @Field(() => NumberSeries) series: NumberSeries;
  @Field({ description: 'The customer number a relation created now would get' }) nextCustomerNumber: string;
  @Field(() => [Relation], { description: 'The customers of your division it numbered last, newest first' })
  lastRelations: Relation[];
}

@ObjectType({ description: 'What converting a lead would offer, step by step; nothing is written' })
export class ConversionPreview implements Preview {
  @Field(() => Lead) lead: Lead;
  @Field(() => [RelationCandidate], {
    description:
      'Best first, across every division (shown in full only in yours); none: a new relation would be created',
  })
  relationCandidates: RelationCandidate[];
  @Field(() => Relation, {
    nullable: true,
    description: 'The relation the contact step is about: the relationId asked about, else the automatic choice',
  })
  relation: Relation | null;
  @Field(() => [ContactCandidate], { description: 'The people at that relation, those resembling the lead first' })
  contactCandidates: ContactCandidate[];
  @Field(() => Contact, { nullable: true, description: 'The contactId asked about, else the automatic choice' })
  contact: Contact | null;
  @Field(() => [Deal], {
    description: 'Open deals of that contact (else of that relation) the lead may join instead of opening one',
  })
  openDeals: Deal[];
  @Field(() => [Pipeline], { description: 'The default first; a choice only when there are several' })
  pipelines: Pipeline[];
  @Field(() => User, { description: 'The case manager unless another is chosen: you' }) defaultManager: User;
  @Field(() => [NumberSeriesChoice], { description: 'The default series first' }) numberSeries: NumberSeriesChoice[];
}
