import { ActivityResolver } from './activity.resolver';
import { ApiTokenResolver } from './api-token.resolver';
import { ALTERNATE_VALUES_RESOLVERS } from './alternate-values.resolver';
import { CANDIDATE_DIVISION_RESOLVERS } from './candidate-division.resolver';
import { NumberSeriesResolver, PipelineResolver } from './catalogue.resolver';
import { CompanyRegisterResolver } from './company-register.resolver';
import { ContactResolver } from './contact.resolver';
import { ConversionResolver } from './conversion.resolver';
import { DealResolver } from './deal.resolver';
import { DuplicateResolver } from './duplicate.resolver';
import { DuplicateClusterResolver } from './duplicate-cluster.resolver';
import { DuplicatePairResolver } from './duplicate-pair.resolver';
import { LeadResolver } from './lead.resolver';
import { LeadArrivalsResolver } from './lead-arrivals.resolver';
import { LeadSubscriptionResolver } from './lead-subscription.resolver';
import { MergeFieldValueResolver, MergeResolver } from './merge.resolver';
import { NodeResolver } from './node.resolver';
import { RelationResolver } from './relation.resolver';
import { SuggestedValueResolver } from './suggested-value.resolver';
import { TagResolver } from './tag.resolver';
import { UserResolver } from './user.resolver';
import { ValidationResolver } from './validation.resolver';
import { ValidationRowResolver } from './validation-row.resolver';

export const RESOLVERS = [
  ActivityResolver,
  ApiTokenResolver,
  CompanyRegisterResolver,
  ContactResolver,
  ConversionResolver,
  DealResolver,
  DuplicateClusterResolver,
  DuplicatePairResolver,
  DuplicateResolver,
  LeadArrivalsResolver,
  LeadResolver,
  LeadSubscriptionResolver,
  MergeFieldValueResolver,
  MergeResolver,
  NodeResolver,
  NumberSeriesResolver,
  PipelineResolver,
  RelationResolver,
  SuggestedValueResolver,
  TagResolver,
  UserResolver,
  ValidationResolver,
  ValidationRowResolver,
  ...ALTERNATE_VALUES_RESOLVERS,
  ...CANDIDATE_DIVISION_RESOLVERS,
] as const;
