import { Field, InputType, registerEnumType } from 'type-graphql';
import { LeadKind, LeadSource, LeadStatus } from '../../entities/enums';
import { RecordFilter } from './record.filter';
import { SortDirection } from './sort-direction';

@InputType()
export class LeadFilter extends RecordFilter {
  @Field(() => [LeadStatus], { nullable: true, description: 'Defaults to every status but MERGED' }) status?:
    LeadStatus[] | null;
  @Field(() => [LeadSource], { nullable: true }) source?: LeadSource[] | null;
  @Field(() => LeadKind, { nullable: true }) kind?: LeadKind | null;
}

export enum LeadOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  LAST_NAME = 'LAST_NAME',
  COMPANY_NAME = 'COMPANY_NAME',
}
registerEnumType(LeadOrderField, { name: 'LeadOrderField' });

@InputType({ description: 'Newest first unless told otherwise' })
export class LeadOrder {
  @Field(() => LeadOrderField, { defaultValue: LeadOrderField.CREATED_AT }) field: LeadOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction: SortDirection;
}
