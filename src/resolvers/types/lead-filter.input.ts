import { Field, InputType, registerEnumType } from 'type-graphql';
import { LeadKind, LeadSource, LeadStatus } from '../../entities/enums';
import { LeadOrderField, type LeadFilterData, type LeadOrderData } from '../../leads/lead-filter';
import { RecordFilter } from './record-filter.input';
import { SortDirection } from './sort-direction';
import type { WithGlobalIds } from '../decode-refs';

@InputType()
export class LeadFilter extends RecordFilter implements WithGlobalIds<LeadFilterData, 'ownerId' | 'divisionId'> {
  @Field(() => [LeadStatus], { nullable: true, description: 'Defaults to every status but MERGED' }) status?:
    LeadStatus[] | null;
  @Field(() => [LeadSource], { nullable: true }) source?: LeadSource[] | null;
  @Field(() => LeadKind, { nullable: true }) kind?: LeadKind | null;
}

registerEnumType(LeadOrderField, { name: 'LeadOrderField' });

@InputType({ description: 'Newest first unless told otherwise' })
export class LeadOrder implements LeadOrderData {
  @Field(() => LeadOrderField, { defaultValue: LeadOrderField.CREATED_AT }) field: LeadOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction: SortDirection;
}
