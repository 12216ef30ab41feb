import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_BATCH } from '../records/create-records';
import { BoundedArgs } from '../schema/input-bounds';
import { Contact, Relation } from '../entities';
import { transaction } from '../db/transaction';
import { createContacts, updateContact } from '../contacts/contact.service';
import { findContacts } from '../contacts/contact-query';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { paginateLoaded } from '../paging/pagination';
import { InputRejected } from '../fields/field-errors';
import { recordFieldsResolver } from './record-fields.resolver';
import { runBatch } from './run-batch';
import { ContactBatchItem } from './types/batch.payload';
import { ConnectionArgs } from './types/connection-args';
import { ContactFilter } from './types/contact-filter.input';
import { ContactInput, UpdateContactInput } from './types/contact.input';
import { ContactConnection, DealConnection } from './types/connections';
import { reachable, withinReach } from './reachable';
import { idOf } from '../schema/global-id';
import { decodeRefs, decodeRefsOrThrow, OWNED_RECORD_REFS } from './decode-refs';

@Resolver(() => Contact)
export class ContactResolver extends recordFieldsResolver(Contact) {
  @Authorized()
  @Query(() => ContactConnection, { description: 'Contact persons by last name' })
  contacts(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ContactFilter, { nullable: true }) filter?: ContactFilter,
  ) {
    return findContacts(
      ctx.dataSource.manager,
      currentUser(ctx),
      filter && decodeRefsOrThrow(filter, { ...OWNED_RECORD_REFS, relationId: 'Relation' }),
      page,
    );
  }

  @Authorized()
  @BoundedArgs({ inputs: { maxItems: MAX_BATCH } })
  @Mutation(() => [ContactBatchItem], {
    description: 'Up to 500 contacts: the valid ones are saved, each input answered in order',
  })
  async createContacts(
    @Ctx() ctx: Context,
    @Arg('inputs', () => [ContactInput]) inputs: ContactInput[],
  ): Promise<ContactBatchItem[]> {
    const refs = { ...OWNED_RECORD_REFS, relationId: 'Relation' } as const;
    const items = await transaction(ctx.dataSource, currentUser(ctx), (uow) =>
      runBatch(inputs, refs, (data) => createContacts(uow, data)),
    );
    return items.map(({ record, ...item }) => ({ ...item, contact: record }));
  }

  @Authorized()
  @Mutation(() => Contact)
  updateContact(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateContactInput) input: UpdateContactInput,
  ): Promise<Contact> {
    const { id, expectedVersion, ...rest } = input;
    const { data, errors } = decodeRefs(rest, { ownerId: 'User', relationId: 'Relation' });
    if (errors.length > 0) throw new InputRejected(errors);
    const recordId = idOf('Contact', id);
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => updateContact(uow, recordId, expectedVersion, data));
  }

  @FieldResolver(() => Relation, { nullable: true, description: 'The relation the person works at' })
  relation(@Root() contact: Contact, @Ctx() ctx: Context) {
    return reachable(ctx, contact.relationId ? ctx.loaders.relation.load(contact.relationId) : null);
  }

  @FieldResolver(() => DealConnection)
  async deals(@Root() contact: Contact, @Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return paginateLoaded(await withinReach(ctx, ctx.loaders.contactDeals.load(contact.id)), page);
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'For a MERGED contact, the one it was merged into' })
  mergedInto(@Root() contact: Contact, @Ctx() ctx: Context) {
    return reachable(ctx, contact.mergedIntoId ? ctx.loaders.contact.load(contact.mergedIntoId) : null);
  }
}
