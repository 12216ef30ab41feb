import { In } from 'typeorm';
import type { UnitOfWork } from '../../db/unit-of-work';
import { DuplicateCluster, DuplicateClusterMember } from '../../entities';
import { DuplicateClusterStatus } from '../../entities/enums';
import type { Actor } from '../../schema/access';
import { conflict, notFound } from '../../schema/errors';
import { toGlobalId } from '../../schema/global-id';
import { currentModel } from '../matching/model-store';
import type { EntityType } from '../record-fields';
import { draftClusters } from './cluster-draft';
import { openClustersHolding, saveClusters } from './cluster-store';
import { dismissPairs } from './dismissed-pairs';
import { pairKey } from './scored-link';

/** Every pair of a cluster's members is "not a duplicate": the cluster becomes DISMISSED and its records never cluster together again. */
export async function dismissCluster(uow: UnitOfWork<Actor>, clusterId: number): Promise<DuplicateCluster> {
  const { manager, actor } = uow;
  const cluster = await manager.findOneBy(DuplicateCluster, { id: clusterId });
  if (!cluster) throw notFound('DuplicateCluster', toGlobalId('DuplicateCluster', clusterId));
  if (cluster.status === DuplicateClusterStatus.MERGED)
    throw conflict('This cluster was merged; undo the merge to work on it again');
  if (cluster.status === DuplicateClusterStatus.DISMISSED) return cluster;
  const members = (
    await manager.find(DuplicateClusterMember, { where: { clusterId }, order: { recordId: 'ASC' } })
  ).map((member) => member.recordId);
  await dismissPairs(
    manager,
    cluster.entityType,
    members.flatMap((a, n) => members.slice(n + 1).map((b): [number, number] => [a, b])),
    actor.id,
  );
  await manager.update(DuplicateCluster, clusterId, { status: DuplicateClusterStatus.DISMISSED });
  return manager.findOneByOrFail(DuplicateCluster, { id: clusterId });
}

/**
 * These pairs of records are "not a duplicate": they never link again, and the OPEN clusters holding them are
 * formed again without them (one that loses every link is DISMISSED). Answers those clusters as they are now.
 */
export async function dismissRecordPairs(
  uow: UnitOfWork<Actor>,
  entityType: EntityType,
  pairs: [number, number][],
): Promise<DuplicateCluster[]> {
  const { manager, actor } = uow;
  await dismissPairs(manager, entityType, pairs, actor.id);
  const previous = await openClustersHolding(manager, entityType, [...new Set(pairs.flat())]);
  const dismissed = new Set(pairs.map(([a, b]) => pairKey(a, b)));
  const holding = previous.filter((stored) => stored.links.some((link) => dismissed.has(pairKey(link.aId, link.bId))));
  if (holding.length === 0) return [];
  const remaining = holding
    .flatMap((stored) => stored.links)
    .filter((link) => !dismissed.has(pairKey(link.aId, link.bId)));
  const ids = await saveClusters(
    manager,
    entityType,
    holding,
    draftClusters(remaining, (await currentModel(manager)).threshold),
    DuplicateClusterStatus.DISMISSED,
  );
  return manager.find(DuplicateCluster, {
    where: { id: In([...new Set([...holding.map((stored) => stored.cluster.id), ...ids])]) },
    order: { id: 'ASC' },
  });
}
