import { Field, ID, InputType } from 'type-graphql';
import { RecordStatus } from '../../entities/enums';
import type { ContactFilterData } from '../../contacts/contact-filter';
import { RecordFilter } from './record-filter.input';
import type { WithGlobalIds } from '../decode-refs';

@InputType()
export class ContactFilter
  extends RecordFilter
  implements WithGlobalIds<ContactFilterData, 'ownerId' | 'divisionId' | 'relationId'>
{
  @Field(() => ID, { nullable: true }) relationId?: string | null;
  @Field(() => [RecordStatus], { nullable: true, description: 'Defaults to ACTIVE and INACTIVE' }) status?:
    RecordStatus[] | null;
}
