import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Contact, Lead, Relation, Tag } from '../entities';
import type { EntityType } from '../entities/enums';
import { Node } from '../entities/node';
import { transaction } from '../db/transaction';
import { findRecord } from '../records/find-record';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { badInput } from '../schema/errors';
import { fromGlobalId } from '../schema/global-id';
import { addTags, removeTags } from '../tags/tag.service';

const TAGGABLE = {
  Lead: { entity: Lead, type: 'LEAD' },
  Relation: { entity: Relation, type: 'RELATION' },
  Contact: { entity: Contact, type: 'CONTACT' },
} as const;

@Resolver()
export class TagResolver {
  @Authorized()
  @Query(() => [Tag], { description: 'Every tag, by name' })
  tags(@Ctx() ctx: Context): Promise<Tag[]> {
    return ctx.dataSource.getRepository(Tag).find({ order: { name: 'ASC' } });
  }

  @Authorized()
  @Mutation(() => Node, { description: 'Tags a lead, relation or contact; new tag names are created' })
  addTags(
    @Ctx() ctx: Context,
    @Arg('recordId', () => ID) recordId: string,
    @Arg('tags', () => [String]) tags: string[],
  ) {
    return this.retag(ctx, recordId, (m, type, id) => addTags(m, type, [id], tags));
  }

  @Authorized()
  @Mutation(() => Node)
  removeTags(
    @Ctx() ctx: Context,
    @Arg('recordId', () => ID) recordId: string,
    @Arg('tags', () => [String]) tags: string[],
  ) {
    return this.retag(ctx, recordId, (m, type, id) => removeTags(m, type, id, tags));
  }

  private retag(
    ctx: Context,
    recordId: string,
    change: (m: import('typeorm').EntityManager, type: EntityType, id: number) => Promise<void>,
  ) {
    const typeName = fromGlobalId(recordId, 'recordId').type;
    if (!(typeName in TAGGABLE)) throw badInput('Only leads, relations and contacts carry tags', 'recordId');
    const { entity, type } = TAGGABLE[typeName as keyof typeof TAGGABLE];
    return transaction(ctx.dataSource, async ({ manager: m }) => {
      const record = await findRecord<Lead | Relation | Contact>(m, currentUser(ctx), entity, recordId, 'recordId');
      await change(m, type, record.id);
      return record;
    });
  }
}
