import { Arg, Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { Lead } from '../entities';
import { changedLeads, newLeads } from '../live/lead-stream';
import { currentUser } from '../schema/auth';
import type { SubscriptionContext } from '../schema/context';
import { idCursor } from '../paging/pagination';
import type { Edge } from '../paging/page';
import { LeadEdge } from './types/connections';
import { LeadSubscriptionFilter } from './types/lead-subscription-filter.input';
import { decodeRefsOrThrow } from './decode-refs';

interface LeadSubscriptionArgs {
  filter?: LeadSubscriptionFilter | null;
  after?: string | null;
}

const streamFilter = (filter: LeadSubscriptionFilter | null | undefined) =>
  filter && decodeRefsOrThrow(filter, { divisionId: 'Division' });

/** Live lead updates over graphql-ws; each pushed event is resolved like a query's answer. */
@Resolver()
export class LeadSubscriptionResolver {
  @Authorized()
  @Subscription(() => LeadEdge, {
    description:
      'Every new lead that passes the filter, as an edge of the lead inbox. With after (the newest cursor you hold, from the inbox or from this subscription) it first replays the leads created since, up to 1000, then goes on live: nothing lost on reconnect',
    subscribe: ({ args, context }) => {
      const ctx = context as SubscriptionContext;
      const { filter, after } = args as LeadSubscriptionArgs;
      return newLeads(ctx.leadFeed, ctx.dataSource, currentUser(ctx), streamFilter(filter), after);
    },
  })
  leadCreated(
    @Root() lead: Lead,
    @Ctx() ctx: SubscriptionContext,
    @Arg('filter', () => LeadSubscriptionFilter, { nullable: true }) _filter?: LeadSubscriptionFilter,
    @Arg('after', () => String, { nullable: true }) _after?: string,
  ): Edge<Lead> {
    ctx.nextEvent();
    return { cursor: idCursor(lead.id), node: lead };
  }

  @Authorized()
  @Subscription(() => Lead, {
    description:
      'Every lead that passes the filter and gets a new owner or status (takeLead, assignLead, rejectLead), so an inbox stays current',
    subscribe: ({ args, context }) => {
      const ctx = context as SubscriptionContext;
      return changedLeads(ctx.leadFeed, currentUser(ctx), streamFilter((args as LeadSubscriptionArgs).filter));
    },
  })
  leadUpdated(
    @Root() lead: Lead,
    @Ctx() ctx: SubscriptionContext,
    @Arg('filter', () => LeadSubscriptionFilter, { nullable: true }) _filter?: LeadSubscriptionFilter,
  ): Lead {
    ctx.nextEvent();
    return lead;
  }
}
