import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Merge, User } from '../entities';
import { UserRole } from '../entities/enums';
import { Node } from '../entities/node';
import { transaction } from '../db/transaction';
import { mergeHistory } from '../quality/merge/merge-history';
import { mergeLog } from '../quality/merge/merge-log';
import { mergeRecords } from '../quality/merge/merge-records.service';
import { undoMerge } from '../quality/merge/undo-merge.service';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { loadNode } from './load-node';
import { ConnectionArgs } from './types/connection-args';
import { MergeConnection } from './types/connections';
import { MergeFilter } from './types/merge-filter.input';
import { MergeRecordsInput } from './types/merge.input';
import { MergeFieldValue } from './types/merge.payload';

@Resolver(() => Merge)
export class MergeResolver {
  @Authorized(UserRole.STEWARD)
  @Mutation(() => Merge, {
    description:
      'Merges relations, contacts or leads, any number, into a survivor in one transaction: what pointed at them moves to it, their tags join its own, values not taken are kept as alternateValues, and they become MERGED with mergedInto. CONFLICT (nothing changed) on a stale expectedVersion',
  })
  mergeRecords(@Ctx() ctx: Context, @Arg('input', () => MergeRecordsInput) input: MergeRecordsInput): Promise<Merge> {
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => mergeRecords(uow, input));
  }

  @Authorized(UserRole.STEWARD)
  @Mutation(() => Merge, {
    description:
      'Restores every record and link the merge changed exactly as it was. CONFLICT when it was undone already, or when what it changed has changed since (the survivor merged again, a field it set edited, a moved record moved on)',
  })
  undoMerge(@Ctx() ctx: Context, @Arg('mergeId', () => ID) mergeId: string): Promise<Merge> {
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => undoMerge(uow, mergeId));
  }

  @Authorized(UserRole.STEWARD)
  @Query(() => [Merge], {
    description: 'The merges a relation, contact or lead took part in, as survivor or merged record, newest first',
  })
  mergeHistory(@Ctx() ctx: Context, @Arg('recordId', () => ID) recordId: string): Promise<Merge[]> {
    return mergeHistory(ctx.dataSource.manager, recordId);
  }

  @Authorized(UserRole.STEWARD)
  @Query(() => MergeConnection, {
    description: "Every merge, newest first, undone ones too: the stewards' trail, each with what undoMerge needs",
  })
  merges(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => MergeFilter, { nullable: true }) filter?: MergeFilter,
  ) {
    return mergeLog(ctx.dataSource.manager, filter, page);
  }

  @FieldResolver(() => Node, { description: 'The record that stayed' })
  async survivor(@Root() merge: Merge, @Ctx() ctx: Context): Promise<Node> {
    return (await loadNode(ctx, merge.entityType, merge.survivorId))!;
  }

  @FieldResolver(() => [Node], { description: 'The records merged into the survivor, in the order given' })
  async merged(@Root() merge: Merge, @Ctx() ctx: Context): Promise<Node[]> {
    const members = await ctx.loaders.mergeMembers.load(merge.id);
    return (await Promise.all(members.map((member) => loadNode(ctx, merge.entityType, member.recordId)))) as Node[];
  }

  @FieldResolver(() => [MergeFieldValue], {
    description: 'The fields chosen, and those the survivor filled in from a merged record',
  })
  fieldValues(@Root() merge: Merge): MergeFieldValue[] {
    return merge.fieldValues.map((value) =>
      Object.assign(new MergeFieldValue(), value, { entityType: merge.entityType }),
    );
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() merge: Merge, @Ctx() ctx: Context) {
    return merge.createdById ? ctx.loaders.user.load(merge.createdById) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  undoneBy(@Root() merge: Merge, @Ctx() ctx: Context) {
    return merge.undoneById ? ctx.loaders.user.load(merge.undoneById) : null;
  }
}

@Resolver(() => MergeFieldValue)
export class MergeFieldValueResolver {
  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The record the value was taken from; null for a value given',
  })
  from(@Root() value: MergeFieldValue, @Ctx() ctx: Context): Promise<Node | null> | null {
    return value.fromId === null ? null : loadNode(ctx, value.entityType, value.fromId);
  }
}
