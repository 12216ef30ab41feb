import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { transaction } from '../db/transaction';
import { countLeadArrivals, MAX_ARRIVALS_SPAN_HOURS } from '../leads/lead-arrivals';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { COUNT_COST } from '../schema/operation-cost';
import { idCursor } from '../paging/pagination';
import { LeadArrivals } from './types/lead-arrivals.type';
import { LeadSubscriptionFilter } from './types/lead-subscription-filter.input';

@Resolver()
export class LeadArrivalsResolver {
  @Authorized()
  @Query(() => LeadArrivals, {
    description: `New leads since a moment (at most ${MAX_ARRIVALS_SPAN_HOURS} hours ago; none since a moment to come) by source, and per minute over the last hour, every status included, under leadCreated's division rules and filter; go on live with leadCreated(after: cursor) and nothing is counted twice or missed`,
    // three COUNTs over an index range
    complexity: 3 * COUNT_COST,
  })
  async leadArrivals(
    @Ctx() ctx: Context,
    @Arg('since') since: Date,
    @Arg('filter', () => LeadSubscriptionFilter, { nullable: true }) filter?: LeadSubscriptionFilter,
  ): Promise<LeadArrivals> {
    // one transaction: the counts and the newest lead from one view of the table
    const counts = await transaction(ctx.dataSource, ({ manager }) =>
      countLeadArrivals(manager, currentUser(ctx), filter, since),
    );
    return {
      cursor: idCursor(counts.newestId),
      bySource: counts.bySource,
      perMinute: counts.perMinute,
    };
  }
}
