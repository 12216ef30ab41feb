import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_PAGE_SIZE, type PageArgs } from '../../paging/page';

@ArgsType()
export class ConnectionArgs implements PageArgs {
  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}` }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}` }) last?: number | null;
  @Field(() => String, { nullable: true }) before?: string | null;
}
