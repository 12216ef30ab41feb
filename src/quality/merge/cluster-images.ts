import type { EntityManager } from 'typeorm';
import { deleteRow, insertRow, readRowsIn, rowKey, sameValues, type RowImage } from '../../db/raw-rows';
import { DuplicateCluster, DuplicateClusterMember, DuplicatePair } from '../../entities';
import { openClustersHolding } from '../duplicates/cluster-store';
import type { RecordSet } from './record-set';

/**
 * The duplicate clusters a merge touches, with their members and pairs: the
 * OPEN ones holding its records before it (which it marks MERGED) and after it
 * (which the survivor's refresh forms). Reforming them on undo would give them
 * new ids, so the undo puts these images back when nothing changed them since.
 */
export interface ClusterImages {
  clusters: RowImage[];
  members: RowImage[];
  pairs: RowImage[];
}

const NONE: ClusterImages = { clusters: [], members: [], pairs: [] };

const TABLES = [
  { entity: DuplicatePair, part: 'pairs', column: 'clusterId' },
  { entity: DuplicateClusterMember, part: 'members', column: 'clusterId' },
  { entity: DuplicateCluster, part: 'clusters', column: 'id' },
] as const;

async function readClusters(manager: EntityManager, ids: number[]): Promise<ClusterImages> {
  const images: ClusterImages = { clusters: [], members: [], pairs: [] };
  for (const { entity, part, column } of TABLES) images[part] = await readRowsIn(manager, entity, column, ids);
  return images;
}

/** The clusters read before a merge, and the newest cluster id then: any later one the merge created. */
export interface ClustersBefore {
  images: ClusterImages;
  lastId: number;
}

async function clustersHolding(manager: EntityManager, records: RecordSet): Promise<number[]> {
  const ids: number[] = [];
  for (const [entityType, recordIds] of records.byType())
    ids.push(...(await openClustersHolding(manager, entityType, recordIds)).map((stored) => stored.cluster.id));
  return ids;
}

export async function readClustersBefore(manager: EntityManager, records: RecordSet): Promise<ClustersBefore> {
  const { lastId } = (await manager
    .createQueryBuilder(DuplicateCluster, 'cluster')
    .select('COALESCE(MAX(cluster.id), 0)', 'lastId')
    .getRawOne<{ lastId: number | string }>())!;
  return { images: await readClusters(manager, await clustersHolding(manager, records)), lastId: Number(lastId) };
}

/**
 * The images to keep: the clusters read before and what became of them, and
 * those now holding the records. None at all when the merge re-formed an older
 * cluster it had not read (one it joined the survivor to): its earlier state is
 * unknown, so the undo leaves all of them to the refresh.
 */
export async function readClustersAfter(
  manager: EntityManager,
  records: RecordSet,
  before: ClustersBefore,
): Promise<{ before: ClusterImages; after: ClusterImages }> {
  const known = new Set(before.images.clusters.map((row) => row.id as number));
  const ids = [...new Set([...known, ...(await clustersHolding(manager, records))])];
  if (ids.some((id) => !known.has(id) && id <= before.lastId)) return { before: NONE, after: NONE };
  return { before: before.images, after: await readClusters(manager, ids) };
}

function same(manager: EntityManager, a: ClusterImages, b: ClusterImages): boolean {
  return TABLES.every(({ entity, part }) => {
    const other = new Map(b[part].map((row) => [rowKey(manager, entity, row), row]));
    return (
      a[part].length === b[part].length &&
      a[part].every((row) => sameValues(row, other.get(rowKey(manager, entity, row)) ?? {}))
    );
  });
}

/** Puts the clusters back as they were before the merge, when they are still as it left them; otherwise the refresh that follows re-forms them. */
export async function restoreClusterImages(
  manager: EntityManager,
  before: ClusterImages,
  after: ClusterImages,
): Promise<void> {
  const ids = [...new Set([...before.clusters, ...after.clusters].map((row) => row.id as number))];
  const current = await readClusters(manager, ids);
  if (!same(manager, current, after)) return;
  for (const { entity, part } of TABLES) for (const row of current[part]) await deleteRow(manager, entity, row);
  for (const { entity, part } of [...TABLES].reverse())
    for (const row of before[part]) await insertRow(manager, entity, row);
}
