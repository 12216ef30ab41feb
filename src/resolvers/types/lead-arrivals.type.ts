import { Field, Int, ObjectType } from 'type-graphql';
import { LeadSource } from '../../entities/enums';

@ObjectType({ description: 'New leads of one source' })
export class SourceCount {
  @Field(() => LeadSource) source: LeadSource;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'New leads of one minute' })
export class MinuteCount {
  @Field({ description: 'When the minute began' }) start: Date;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'New leads counted, for a dashboard to go on with leadCreated' })
export class LeadArrivals {
  @Field({
    description:
      'The newest lead counted (before any lead, the start): subscribe to leadCreated with after: this cursor',
  })
  cursor: string;

  @Field(() => [SourceCount], { description: 'Since the moment asked for, by source; sources with none left out' })
  bySource: SourceCount[];

  @Field(() => [MinuteCount], { description: 'The last 60 minutes, oldest first; the last is the minute now running' })
  perMinute: MinuteCount[];
}
