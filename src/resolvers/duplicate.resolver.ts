import { Arg, Args, Authorized, Ctx, Float, ID, Mutation, Query, Resolver } from 'type-graphql';
import { transaction } from '../db/transaction';
import { DuplicateCluster } from '../entities';
import { UserRole } from '../entities/enums';
import type { Node } from '../entities/node';
import { dismissCluster, dismissRecordPairs } from '../quality/duplicates/dismiss-duplicates.service';
import { duplicatesOf } from '../quality/duplicates/duplicates-of.service';
import { findDuplicateClusters } from '../quality/duplicates/duplicate-query';
import { mergeableType } from '../quality/merge/merge-request';
import type { EntityType } from '../quality/record-fields';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { badInput, notFound } from '../schema/errors';
import { idOf } from '../schema/global-id';
import { loadNode } from './load-node';
import { ConnectionArgs } from './types/connection-args';
import { DuplicateClusterConnection } from './types/connections';
import { DuplicateCandidate } from './types/duplicate-candidate.type';
import { DuplicateClusterFilter } from './types/duplicate-filter.input';

/** A relation's, contact's or lead's global id, decoded; BAD_USER_INPUT for any other. */
function recordOf(globalId: string, field: string): { typeName: string; entityType: EntityType; id: number } {
  const { entityType, typeName } = mergeableType(globalId, field);
  return { typeName, entityType, id: idOf(typeName, globalId, field) };
}

@Resolver()
export class DuplicateResolver {
  @Authorized(UserRole.STEWARD)
  @Query(() => DuplicateClusterConnection, {
    description: 'Duplicate clusters, most certain first; OPEN ones unless the filter asks for others',
  })
  duplicateClusters(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => DuplicateClusterFilter, { nullable: true }) filter?: DuplicateClusterFilter,
  ) {
    return findDuplicateClusters(ctx.dataSource.manager, filter, page);
  }

  @Authorized(UserRole.STEWARD)
  @Query(() => [DuplicateCandidate], {
    description:
      'The stored records of its own type a relation, contact or lead may be the same as, best first; pairs dismissed as not duplicates are left out',
  })
  async duplicatesOf(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) globalId: string,
    @Arg('minScore', () => Float, { defaultValue: 0.5, description: 'Leave out candidates scoring less' })
    minScore: number,
  ): Promise<DuplicateCandidate[]> {
    const { typeName, entityType, id } = recordOf(globalId, 'id');
    if (!(await loadNode(ctx, entityType, id))) throw notFound(typeName, globalId);
    const candidates = await duplicatesOf(ctx.dataSource.manager, entityType, id, minScore);
    return Promise.all(
      candidates.map(async ({ recordId, score, reasons, evidence }) => ({
        record: (await loadNode(ctx, entityType, recordId)) as Node,
        score,
        reasons,
        evidence,
      })),
    );
  }

  @Authorized(UserRole.STEWARD)
  @Mutation(() => [DuplicateCluster], {
    description:
      'Not duplicates: every pair of a cluster (clusterId), or the pairs of records given ([[a, b], …]). A dismissed pair never links again, in the scan or as records change. Answers the clusters affected as they are now: a cluster dismissed whole is DISMISSED',
  })
  async dismissDuplicates(
    @Ctx() ctx: Context,
    @Arg('clusterId', () => ID, { nullable: true }) clusterId?: string | null,
    @Arg('pairs', () => [[ID]], { nullable: true, description: 'Pairs of relation, contact or lead ids of one type' })
    pairs?: string[][] | null,
  ): Promise<DuplicateCluster[]> {
    const actor = currentUser(ctx);
    if ((clusterId == null) === (pairs == null)) throw badInput('Give either clusterId or pairs', 'clusterId');
    if (clusterId != null) {
      const id = idOf('DuplicateCluster', clusterId, 'clusterId');
      return [await transaction(ctx.dataSource, actor, (uow) => dismissCluster(uow, id))];
    }
    const decoded = (pairs ?? []).map((pair) => {
      if (pair.length !== 2) throw badInput(`A pair names two records, got ${pair.length}`, 'pairs');
      return pair.map((globalId) => recordOf(globalId, 'pairs'));
    });
    const entityType = decoded[0]?.[0].entityType;
    if (decoded.some((pair) => pair.some((record) => record.entityType !== entityType)))
      throw badInput('The records of all pairs must be of one type', 'pairs');
    if (!entityType) return [];
    return transaction(ctx.dataSource, actor, (uow) =>
      dismissRecordPairs(
        uow,
        entityType,
        decoded.map(([a, b]): [number, number] => [a.id, b.id]),
      ),
    );
  }
}
