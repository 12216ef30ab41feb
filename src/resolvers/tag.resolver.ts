import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Tag, type Contact, type Lead, type Relation } from '../entities';
import { entityTypeNamed, RECORD_TYPES } from '../entities/record-types';
import type { EntityType } from '../entities/enums';
import { Node } from '../entities/node';
import { transaction } from '../db/transaction';
import { findRecord } from '../records/find-record';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { badInput } from '../schema/errors';
import { fromGlobalId, idOf } from '../schema/global-id';
import { addTags, removeTags } from '../tags/tag.service';

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
    const type = entityTypeNamed(typeName);
    if (!type) throw badInput('Only leads, relations and contacts carry tags', 'recordId');
    const { entity } = RECORD_TYPES[type];
    const id = idOf(typeName, recordId, 'recordId');
    return transaction(ctx.dataSource, async ({ manager: m }) => {
      const record = await findRecord<Lead | Relation | Contact>(m, currentUser(ctx), entity, id);
      await change(m, type, record.id);
      return record;
    });
  }
}
