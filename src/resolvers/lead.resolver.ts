import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_BATCH } from '../records/create-records';
import { BoundedArgs } from '../schema/input-bounds';
import { Contact, Deal, Lead, Relation, User } from '../entities';
import { transaction } from '../db/transaction';
import { createLead, createLeads } from '../leads/lead-intake.service';
import { assignLead, rejectLead, takeLead, updateLead } from '../leads/lead-lifecycle.service';
import { findLeads, type LeadJoins } from '../leads/lead-query';
import { tagsOfList } from '../tags/tag-lists';
import { currentUser } from '../schema/auth';
import { selectedColumns } from '../schema/selected-columns';
import type { Context } from '../schema/context';
import { InputRejected } from '../fields/field-errors';
import { recordFieldsResolver } from './record-fields.resolver';
import { runBatch } from './run-batch';
import { LeadBatchItem } from './types/batch.payload';
import { ConnectionArgs } from './types/connection-args';
import { LeadConnection } from './types/connections';
import { LeadFilter, LeadOrder } from './types/lead-filter.input';
import { LeadInput, UpdateLeadInput } from './types/lead.input';
import { reachable, reachableUser } from './reachable';
import { idOf } from '../schema/global-id';
import { decodeRefs, decodeRefsOrThrow, OWNED_RECORD_REFS } from './decode-refs';
import { columnNames, pageSelection, RECORD_FIELD_READS } from './page-selection';

/** The columns the field resolvers of a lead read; a field neither a column nor here makes the inbox read every column. */
export const FIELD_RESOLVER_READS: Record<string, readonly string[]> = {
  ...RECORD_FIELD_READS,
  createdBy: ['createdById'],
  relation: ['convertedRelationId'],
  contact: ['convertedContactId'],
  deal: ['convertedDealId'],
  mergedInto: ['mergedIntoId'],
};
/**
 * A page's relations read with only the columns the query selects of them (lead-query.ts), for the relation field of
 * the lead row they were read with: the loaders hold whole records only, which other fields of the request may read.
 */
const partialRelations = new WeakMap<Lead, Relation>();
const TAG_FIELDS: ReadonlySet<string> = new Set(['id', 'name']);

/** The records a page of leads can read in its own statement (lead-query.ts) instead of through a loader. */
const JOINABLE_FIELDS = ['owner', 'relation'] as const;

/**
 * The records of a page's leads it reads in its own statement: an owner is a short row, read whole and primed into
 * the user loader; of a relation only the columns the query selects of it and the division reachable() reads, unless
 * it selects a field that is no column (contacts …).
 */
function leadJoins(ctx: Context, info: GraphQLResolveInfo, joined: readonly string[]): LeadJoins {
  const joins: LeadJoins = {};
  if (joined.includes('owner')) joins.owner = {};
  if (joined.includes('relation')) {
    const relationColumns = columnNames(ctx.dataSource, Relation);
    joins.relation = {
      properties: selectedColumns(info, ['edges', 'node', 'relation'], relationColumns, {}, ['divisionId']),
    };
  }
  return joins;
}

@Resolver(() => Lead)
export class LeadResolver extends recordFieldsResolver(Lead) {
  @Authorized()
  @Query(() => LeadConnection, { description: 'The lead inbox: newest first unless orderBy says otherwise' })
  async leads(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => LeadFilter, { nullable: true }) filter?: LeadFilter,
    @Arg('orderBy', () => LeadOrder, { nullable: true }) orderBy?: LeadOrder,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const selection = pageSelection(ctx.dataSource, Lead, info, FIELD_RESOLVER_READS, JOINABLE_FIELDS);
    const { columns } = selection;
    const joins = info ? leadJoins(ctx, info, selection.joins) : {};
    // tags of only their id and name come with the page's own row, where the database keeps them (tag-lists.ts)
    const tagFields = info && columns && selectedColumns(info, ['edges', 'node', 'tags'], TAG_FIELDS, {}, []);
    const { joined, computed, ...result } = await findLeads(
      ctx.dataSource.manager,
      currentUser(ctx),
      filter && decodeRefsOrThrow(filter, OWNED_RECORD_REFS),
      orderBy,
      page,
      columns,
      joins,
      !!tagFields?.length,
    );
    for (const [id, json] of computed?.tags ?? []) {
      const tags = tagsOfList(json);
      if (tags) ctx.loaders.leadTags.prime(id, tags);
    }
    // the field resolvers then find them and check them (reachable, reachableUser) as ever
    for (const [id, user] of joined?.owner ?? []) ctx.loaders.user.prime(id, user as User);
    const relations = joined?.relation as Map<number, Relation> | undefined;
    if (relations && joins.relation?.properties)
      for (const { node } of result.edges) {
        const relation = node.convertedRelationId ? relations.get(node.convertedRelationId) : undefined;
        if (relation) partialRelations.set(node, relation);
      }
    else for (const [id, relation] of relations ?? []) ctx.loaders.relation.prime(id, relation);
    return result;
  }

  @Authorized()
  @Mutation(() => Lead)
  createLead(@Ctx() ctx: Context, @Arg('input', () => LeadInput) input: LeadInput): Promise<Lead> {
    const { data, errors } = decodeRefs(input, OWNED_RECORD_REFS);
    if (errors.length > 0) throw new InputRejected(errors);
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => createLead(uow, data));
  }

  @Authorized()
  @BoundedArgs({ inputs: { maxItems: MAX_BATCH } })
  @Mutation(() => [LeadBatchItem], {
    description: 'Up to 500 leads: the valid ones are saved, each input answered in order',
  })
  async createLeads(
    @Ctx() ctx: Context,
    @Arg('inputs', () => [LeadInput]) inputs: LeadInput[],
  ): Promise<LeadBatchItem[]> {
    const items = await transaction(ctx.dataSource, currentUser(ctx), (uow) =>
      runBatch(inputs, OWNED_RECORD_REFS, (data) => createLeads(uow, data)),
    );
    return items.map(({ record, ...item }) => ({ ...item, lead: record }));
  }

  @Authorized()
  @Mutation(() => Lead)
  updateLead(@Ctx() ctx: Context, @Arg('input', () => UpdateLeadInput) input: UpdateLeadInput): Promise<Lead> {
    const { id, expectedVersion, ...changes } = input;
    const leadId = idOf('Lead', id);
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => updateLead(uow, leadId, expectedVersion, changes));
  }

  @Authorized()
  @Mutation(() => Lead, { description: '"I\'ll take it": you become the owner and the lead is IN_PROGRESS' })
  takeLead(@Ctx() ctx: Context, @Arg('leadId', () => ID) leadId: string): Promise<Lead> {
    const id = idOf('Lead', leadId, 'leadId');
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => takeLead(uow, id));
  }

  @Authorized()
  @Mutation(() => Lead, { description: 'Gives the lead to a colleague' })
  assignLead(
    @Ctx() ctx: Context,
    @Arg('leadId', () => ID) leadId: string,
    @Arg('userId', () => ID) userId: string,
  ): Promise<Lead> {
    const [id, user] = [idOf('Lead', leadId, 'leadId'), idOf('User', userId, 'userId')];
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => assignLead(uow, id, user));
  }

  @Authorized()
  @Mutation(() => Lead, { description: 'CONFLICT once the lead is converted' })
  rejectLead(
    @Ctx() ctx: Context,
    @Arg('leadId', () => ID) leadId: string,
    @Arg('reason') reason: string,
  ): Promise<Lead> {
    const id = idOf('Lead', leadId, 'leadId');
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => rejectLead(uow, id, reason));
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() lead: Lead, @Ctx() ctx: Context) {
    return reachableUser(ctx, lead.createdById ? ctx.loaders.user.load(lead.createdById) : null);
  }

  @FieldResolver(() => Relation, { nullable: true, description: 'The relation the lead was converted into' })
  relation(@Root() lead: Lead, @Ctx() ctx: Context) {
    if (!lead.convertedRelationId) return null;
    return reachable(ctx, partialRelations.get(lead) ?? ctx.loaders.relation.load(lead.convertedRelationId));
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'The contact person the lead was converted into' })
  contact(@Root() lead: Lead, @Ctx() ctx: Context) {
    return reachable(ctx, lead.convertedContactId ? ctx.loaders.contact.load(lead.convertedContactId) : null);
  }

  @FieldResolver(() => Deal, { nullable: true, description: 'The deal the lead was converted into or added to' })
  deal(@Root() lead: Lead, @Ctx() ctx: Context) {
    return reachable(ctx, lead.convertedDealId ? ctx.loaders.deal.load(lead.convertedDealId) : null);
  }

  @FieldResolver(() => Lead, { nullable: true, description: 'For a MERGED lead, the lead it was merged into' })
  mergedInto(@Root() lead: Lead, @Ctx() ctx: Context) {
    return reachable(ctx, lead.mergedIntoId ? ctx.loaders.lead.load(lead.mergedIntoId) : null);
  }
}
