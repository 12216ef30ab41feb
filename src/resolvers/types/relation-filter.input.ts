import { Field, InputType, registerEnumType } from 'type-graphql';
import { RecordStatus, RelationKind } from '../../entities/enums';
import { RelationOrderField, type RelationFilterData, type RelationOrderData } from '../../relations/relation-filter';
import { RecordFilter } from './record-filter.input';
import { SortDirection } from './sort-direction';
import type { WithGlobalIds } from '../decode-refs';

@InputType()
export class RelationFilter
  extends RecordFilter
  implements WithGlobalIds<RelationFilterData, 'ownerId' | 'divisionId'>
{
  @Field(() => RelationKind, { nullable: true }) kind?: RelationKind | null;
  @Field(() => [RecordStatus], {
    nullable: true,
    description: 'Defaults to ACTIVE and INACTIVE: merged records are left out',
  })
  status?: RecordStatus[] | null;
  @Field(() => String, { nullable: true }) country?: string | null;
}

registerEnumType(RelationOrderField, { name: 'RelationOrderField' });

@InputType()
export class RelationOrder implements RelationOrderData {
  @Field(() => RelationOrderField, { defaultValue: RelationOrderField.NAME }) field: RelationOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
}
