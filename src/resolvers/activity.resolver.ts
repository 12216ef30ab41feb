import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { completeActivity, createActivity } from '../activities/activity.service';
import { findActivities } from '../activities/activity-query';
import { Activity, User } from '../entities';
import { Node } from '../entities/node';
import { transaction } from '../db/transaction';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { loadActivityParent } from '../loaders/activity-parent';
import { ActivityFilter } from './types/activity-filter.input';
import { ActivityInput } from './types/activity.input';
import { ConnectionArgs } from './types/connection-args';
import { ActivityConnection } from './types/connections';
import { reachable, reachableUser } from './reachable';

@Resolver(() => Activity)
export class ActivityResolver {
  @Authorized()
  @Query(() => ActivityConnection, { description: 'Activities, newest first' })
  activities(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter?: ActivityFilter,
  ) {
    return findActivities(ctx.dataSource.manager, currentUser(ctx), filter, page);
  }

  @Authorized()
  @Mutation(() => Activity)
  createActivity(@Ctx() ctx: Context, @Arg('input', () => ActivityInput) input: ActivityInput): Promise<Activity> {
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => createActivity(uow, input));
  }

  @Authorized()
  @Mutation(() => Activity, { description: 'Marks the activity done now' })
  completeActivity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Activity> {
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => completeActivity(uow, id));
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() activity: Activity, @Ctx() ctx: Context) {
    return reachableUser(ctx, activity.ownerId ? ctx.loaders.user.load(activity.ownerId) : null);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The lead, relation, contact or deal it is attached to' })
  record(@Root() activity: Activity, @Ctx() ctx: Context) {
    return reachable(ctx, loadActivityParent(activity, ctx.loaders));
  }
}
