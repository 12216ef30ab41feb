import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Tag, type Contact, type Lead, type Relation } from '../entities';
import { RECORD_TYPES } from '../entities/record-types';
import type { EntityType } from '../entities/enums';
import { Node } from '../entities/node';
import { transaction } from '../db/transaction';
import { findRecord } from '../records/find-record';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { recordIdOf } from './record-id';
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
    const { entityType: type, id } = recordIdOf(
      recordId,
      'recordId',
      () => 'Only leads, relations and contacts carry tags',
    );
    const { entity } = RECORD_TYPES[type];
    return transaction(ctx.dataSource, async ({ manager: m }) => {
      const record = await findRecord<Lead | Relation | Contact>(m, currentUser(ctx), entity, id);
      await change(m, type, record.id);
      return record;
    });
  }
}
