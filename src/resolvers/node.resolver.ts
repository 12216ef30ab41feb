import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../entities/node';
import { Activity, Attachment, User } from '../entities';
import { reachableUser } from './reachable';
import { UserRole } from '../entities/enums';
import { loadActivityParent } from '../loaders/activity-parent';
import { assertDivisionAccess } from '../schema/access';
import { assertRole, currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { fromGlobalId } from '../schema/global-id';
import type { Loaders } from '../loaders';
import { MAX_LIST_ITEMS } from '../schema/input-bounds';
import { perId } from '../schema/operation-cost';

const LOADER_OF_TYPE: Record<string, keyof Loaders> = {
  Lead: 'lead',
  Relation: 'relation',
  Contact: 'contact',
  Deal: 'deal',
  User: 'user',
  Division: 'division',
  Pipeline: 'pipeline',
  Activity: 'activity',
  Attachment: 'attachment',
  Tag: 'tag',
  NumberSeries: 'numberSeries',
  Merge: 'merge',
  DuplicateCluster: 'duplicateCluster',
};

/** Data-quality records: they name and hold values of records of every division, so only the data stewards read them. */
const STEWARD_TYPES = new Set(['Merge', 'DuplicateCluster']);

/** Catalogue entries that serve every division when they have none of their own. */
const SHARED_WITHOUT_DIVISION = new Set(['NumberSeries']);

async function loadNode(ctx: Context, globalId: string): Promise<Node | null> {
  const { type, id } = fromGlobalId(globalId);
  const loader = LOADER_OF_TYPE[type];
  if (!loader) return null;
  if (STEWARD_TYPES.has(type)) assertRole(currentUser(ctx), [UserRole.STEWARD], `A ${type}`);
  const record = (await (ctx.loaders[loader] as { load(id: number): Promise<unknown> }).load(id)) as
    (Node & { divisionId?: number | null }) | null;
  if (record instanceof User) return reachableUser(ctx, Promise.resolve(record));
  const shared = SHARED_WITHOUT_DIVISION.has(type) && record?.divisionId === null;
  if (record && record.divisionId !== undefined && !shared)
    assertDivisionAccess(currentUser(ctx), record.divisionId, `${type} ${globalId}`);
  // an activity or attachment is visible where its record is; the parent comes through the loaders, so nodes(ids) stays batched
  if (record instanceof Activity || record instanceof Attachment)
    assertDivisionAccess(
      currentUser(ctx),
      (await loadActivityParent(record, ctx.loaders))?.divisionId ?? null,
      `${type} ${globalId}`,
    );
  return record;
}

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, { nullable: true, description: 'Any record by its global id; merged records still resolve' })
  node(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Node | null> {
    return loadNode(ctx, id);
  }

  @Authorized()
  @Query(() => [Node], {
    nullable: 'items',
    description: `At most ${MAX_LIST_ITEMS} ids; each costs what its fields cost`,
    complexity: perId,
  })
  nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]): Promise<(Node | null)[]> {
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
