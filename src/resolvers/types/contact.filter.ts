import { Field, ID, InputType } from 'type-graphql';
import { RecordStatus } from '../../entities/enums';
import { RecordFilter } from './record.filter';

@InputType()
export class ContactFilter extends RecordFilter {
  @Field(() => ID, { nullable: true }) relationId?: string | null;
  @Field(() => [RecordStatus], { nullable: true, description: 'Defaults to ACTIVE and INACTIVE' }) status?:
    RecordStatus[] | null;
}
