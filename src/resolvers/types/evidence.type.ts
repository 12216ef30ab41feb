import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import type { Outcome } from '../../quality/matching/comparison-levels';
import type { Evidence as MatchEvidence } from '../../quality/matching/match-scorer';

export enum MatchOutcome {
  AGREE = 'AGREE',
  SIMILAR = 'SIMILAR',
  DISAGREE = 'DISAGREE',
  MISSING = 'MISSING',
}
registerEnumType(MatchOutcome, { name: 'MatchOutcome', description: 'What comparing one field of two records found' });

@ObjectType({ description: 'One field of two compared records: what the comparison found and how much it weighed' })
export class Evidence implements MatchEvidence {
  @Field(() => String, {
    description:
      'registrationNumber, email, phone, website, companyName, firstName, lastName, birthDate, street, postalCode, city or relation',
  })
  field: MatchEvidence['field'];

  @Field(() => MatchOutcome) outcome: Outcome;

  @Field(() => Float, {
    description: 'log2 of the Bayes factor: above 0 speaks for a duplicate, below against; 0 when missing',
  })
  weight: number;

  @Field(() => String, {
    description: 'Stable reason code: REGNO_EXACT, EMAIL_SIMILAR, PHONE_DIFFERENT, NAME_MISSING …',
  })
  reason: MatchEvidence['reason'];
}
