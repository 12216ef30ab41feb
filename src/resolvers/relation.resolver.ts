import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_BATCH } from '../records/create-records';
import { BoundedArgs } from '../schema/input-bounds';
import { NumberSeries, Relation, type User } from '../entities';
import { transaction } from '../db/transaction';
import { createRelations, updateRelation } from '../relations/relation.service';
import { findRelations } from '../relations/relation-query';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { paginateLoaded } from '../paging/pagination';
import { InputRejected } from '../fields/field-errors';
import { decodeRefs, decodeRefsOrThrow, OWNED_RECORD_REFS } from './decode-refs';
import { recordFieldsResolver } from './record-fields.resolver';
import { runBatch } from './run-batch';
import { RelationBatchItem } from './types/batch.payload';
import { ConnectionArgs } from './types/connection-args';
import { ContactConnection, DealConnection, RelationConnection } from './types/connections';
import { RelationFilter, RelationOrder } from './types/relation-filter.input';
import { RelationInput, UpdateRelationInput } from './types/relation.input';
import { reachable, withinReach } from './reachable';
import { idOf } from '../schema/global-id';
import { pageSelection, RECORD_FIELD_READS } from './page-selection';

/** The columns the field resolvers of a relation read; a field neither a column nor here makes the page read every column. */
export const FIELD_RESOLVER_READS: Record<string, readonly string[]> = {
  ...RECORD_FIELD_READS,
  contacts: ['id'],
  deals: ['id'],
  numberSeries: ['numberSeriesId'],
  mergedInto: ['mergedIntoId'],
};
/** The fields whose records a page of relations reads in its own statement (relation-query.ts) instead of through a loader. */
const JOINED_FIELDS = ['owner'] as const;

@Resolver(() => Relation)
export class RelationResolver extends recordFieldsResolver(Relation) {
  @Authorized()
  @Query(() => RelationConnection, { description: 'Customer accounts; merged ones only when status asks for MERGED' })
  async relations(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => RelationFilter, { nullable: true }) filter?: RelationFilter,
    @Arg('orderBy', () => RelationOrder, { nullable: true }) orderBy?: RelationOrder,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const { columns, joins } = pageSelection(ctx.dataSource, Relation, info, FIELD_RESOLVER_READS, JOINED_FIELDS);
    const { joined, ...result } = await findRelations(
      ctx.dataSource.manager,
      currentUser(ctx),
      filter && decodeRefsOrThrow(filter, OWNED_RECORD_REFS),
      orderBy,
      page,
      columns,
      joins,
    );
    // the owner field then finds them in the loader and checks them (reachableUser) as ever
    for (const [id, user] of joined?.owner ?? []) ctx.loaders.user.prime(id, user as User);
    return result;
  }

  @Authorized()
  @BoundedArgs({ inputs: { maxItems: MAX_BATCH } })
  @Mutation(() => [RelationBatchItem], {
    description: 'Up to 500 relations: the valid ones are saved, each input answered in order',
  })
  async createRelations(
    @Ctx() ctx: Context,
    @Arg('inputs', () => [RelationInput]) inputs: RelationInput[],
  ): Promise<RelationBatchItem[]> {
    const items = await transaction(ctx.dataSource, currentUser(ctx), (uow) =>
      runBatch(inputs, OWNED_RECORD_REFS, (data) => createRelations(uow, data)),
    );
    return items.map(({ record, ...item }) => ({ ...item, relation: record }));
  }

  @Authorized()
  @Mutation(() => Relation)
  updateRelation(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateRelationInput) input: UpdateRelationInput,
  ): Promise<Relation> {
    const { id, expectedVersion, ...rest } = input;
    const { data, errors } = decodeRefs(rest, { ownerId: 'User' });
    if (errors.length > 0) throw new InputRejected(errors);
    const recordId = idOf('Relation', id);
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => updateRelation(uow, recordId, expectedVersion, data));
  }

  @FieldResolver(() => ContactConnection, { description: 'The people at this relation' })
  async contacts(@Root() relation: Relation, @Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return paginateLoaded(await withinReach(ctx, ctx.loaders.relationContacts.load(relation.id)), page);
  }

  @FieldResolver(() => DealConnection)
  async deals(@Root() relation: Relation, @Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return paginateLoaded(await withinReach(ctx, ctx.loaders.relationDeals.load(relation.id)), page);
  }

  @FieldResolver(() => NumberSeries, { nullable: true, description: 'The series its customer number came from' })
  numberSeries(@Root() relation: Relation, @Ctx() ctx: Context) {
    return relation.numberSeriesId ? ctx.loaders.numberSeries.load(relation.numberSeriesId) : null;
  }

  @FieldResolver(() => Relation, { nullable: true, description: 'For a MERGED relation, the one it was merged into' })
  mergedInto(@Root() relation: Relation, @Ctx() ctx: Context) {
    return reachable(ctx, relation.mergedIntoId ? ctx.loaders.relation.load(relation.mergedIntoId) : null);
  }
}
