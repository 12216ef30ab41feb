import { In, type EntityManager } from 'typeorm';
import { DuplicateCluster } from '../../entities';
import { DuplicateClusterStatus } from '../../entities/enums';
import type { EntityType } from '../record-fields';
import { openClustersHolding } from './cluster-store';

/**
 * For a merge of these records (the survivor and the merged ones): the OPEN clusters holding any of them become
 * MERGED and stay as they were, for the history. Call it in the merge's transaction before the records are written
 * (recordsWritten), which would otherwise take the merged records out of their clusters first; the survivor's write
 * then puts it in a new OPEN cluster with whatever it still matches. Answers the ids of the clusters marked.
 */
export async function markClusterMerged(
  manager: EntityManager,
  entityType: EntityType,
  recordIds: number[],
): Promise<number[]> {
  const ids = (await openClustersHolding(manager, entityType, recordIds)).map((stored) => stored.cluster.id);
  if (ids.length > 0)
    await manager.update(DuplicateCluster, { id: In(ids) }, { status: DuplicateClusterStatus.MERGED });
  return ids;
}
