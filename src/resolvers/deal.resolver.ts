import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Contact, Deal, Pipeline, Relation, User } from '../entities';
import { transaction } from '../db/transaction';
import { createDeal, updateDeal } from '../deals/deal.service';
import { findDeals } from '../deals/deal-query';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { paginateLoaded } from '../paging/pagination';
import { ConnectionArgs } from './types/connection-args';
import { ActivityConnection, DealConnection } from './types/connections';
import { DealFilter } from './types/deal-filter.input';
import { DealInput, UpdateDealInput } from './types/deal.input';
import { reachable, reachableUser } from './reachable';

@Resolver(() => Deal)
export class DealResolver {
  @Authorized()
  @Query(() => DealConnection, { description: 'Deals, newest first' })
  deals(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => DealFilter, { nullable: true }) filter?: DealFilter,
  ) {
    return findDeals(ctx.dataSource.manager, currentUser(ctx), filter, page);
  }

  @Authorized()
  @Mutation(() => Deal, { description: 'Opens a deal on a relation' })
  createDeal(@Ctx() ctx: Context, @Arg('input', () => DealInput) input: DealInput): Promise<Deal> {
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => createDeal(uow, input));
  }

  @Authorized()
  @Mutation(() => Deal)
  updateDeal(@Ctx() ctx: Context, @Arg('input', () => UpdateDealInput) input: UpdateDealInput): Promise<Deal> {
    const { id, expectedVersion, ...changes } = input;
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => updateDeal(uow, id, expectedVersion, changes));
  }

  @FieldResolver(() => Relation)
  relation(@Root() deal: Deal, @Ctx() ctx: Context) {
    return reachable(ctx, ctx.loaders.relation.load(deal.relationId));
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() deal: Deal, @Ctx() ctx: Context) {
    return reachable(ctx, deal.contactId ? ctx.loaders.contact.load(deal.contactId) : null);
  }

  @FieldResolver(() => Pipeline)
  pipeline(@Root() deal: Deal, @Ctx() ctx: Context) {
    return ctx.loaders.pipeline.load(deal.pipelineId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The case manager' })
  manager(@Root() deal: Deal, @Ctx() ctx: Context) {
    return reachableUser(ctx, deal.managerId ? ctx.loaders.user.load(deal.managerId) : null);
  }

  @FieldResolver(() => ActivityConnection)
  async activities(@Root() deal: Deal, @Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return paginateLoaded(await ctx.loaders.dealActivities.load(deal.id), page);
  }
}
