import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Relay's forward (first/after) and backward (last/before) paging. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}` }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}` }) last?: number | null;
  @Field(() => String, { nullable: true }) before?: string | null;
}
