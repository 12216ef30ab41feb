import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DuplicateCluster, DuplicatePair, type Contact, type Lead, type Relation } from '../entities';
import { UserRole } from '../entities/enums';
import { Node } from '../entities/node';
import { suggestedSurvivorId, suggestedValues } from '../quality/duplicates/merge-suggestion';
import type { Context } from '../schema/context';
import { loadNode } from './load-node';
import { SuggestedValue } from './types/suggested-value.type';

async function loadMembers(ctx: Context, cluster: DuplicateCluster): Promise<Node[]> {
  const rows = await ctx.loaders.duplicateClusterMembers.load(cluster.id);
  const records = await Promise.all(rows.map((row) => loadNode(ctx, cluster.entityType, row.recordId)));
  return records.filter((record): record is Node => record !== null);
}

@Resolver(() => DuplicateCluster)
export class DuplicateClusterResolver {
  @Authorized(UserRole.STEWARD)
  @FieldResolver(() => [Node], { description: 'The relations, contacts or leads themselves, in id order' })
  members(@Root() cluster: DuplicateCluster, @Ctx() ctx: Context): Promise<Node[]> {
    return loadMembers(ctx, cluster);
  }

  @Authorized(UserRole.STEWARD)
  @FieldResolver(() => [DuplicatePair], {
    description: 'The links that hold the members together, strongest first, each with its evidence',
  })
  async pairs(@Root() cluster: DuplicateCluster, @Ctx() ctx: Context): Promise<DuplicatePair[]> {
    return [...(await ctx.loaders.duplicateClusterPairs.load(cluster.id))].sort(
      (x, y) => y.score - x.score || x.id - y.id,
    );
  }

  @Authorized(UserRole.STEWARD)
  @FieldResolver(() => Node, { description: 'The member to keep in a merge: the most filled in, then the oldest' })
  async suggestedSurvivor(@Root() cluster: DuplicateCluster, @Ctx() ctx: Context): Promise<Node> {
    const records = await loadMembers(ctx, cluster);
    const id = suggestedSurvivorId(cluster.entityType, records as (Relation | Contact | Lead)[]);
    return records.find((record) => record.id === id) as Node;
  }

  @Authorized(UserRole.STEWARD)
  @FieldResolver(() => [SuggestedValue], {
    description: 'A value per field for the merged record, as mergeRecords takes them',
  })
  async suggestedValues(@Root() cluster: DuplicateCluster, @Ctx() ctx: Context): Promise<SuggestedValue[]> {
    const records = (await loadMembers(ctx, cluster)) as (Relation | Contact | Lead)[];
    return suggestedValues(cluster.entityType, records).map((suggestion) =>
      Object.assign(new SuggestedValue(), suggestion, { entityType: cluster.entityType }),
    );
  }
}
