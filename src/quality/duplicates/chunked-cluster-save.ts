import { In, type DataSource, type EntityManager } from 'typeorm';
import { transactionGivingWay } from '../../db/giving-way';
import { DuplicateCluster, DuplicateClusterMember, DuplicatePair } from '../../entities';
import { DuplicateClusterStatus } from '../../entities/enums';
import type { EntityType } from '../record-fields';
import type { ClusterDraft } from './cluster-draft';
import {
  deleteClusters,
  loadClusters,
  openClustersHolding,
  openClustersOf,
  successors,
  writeDrafts,
  type StoredCluster,
} from './cluster-store';

export interface ChunkedSaveOptions {
  /** drafts per transaction */
  chunkSize: number;
  /** awaited after each committed transaction with the drafts handled so far: what throws here stops the save there */
  onChunk?: (done: number) => void | Promise<void>;
}

/** Per cluster id, the members the save last saw or left it with: a cluster that differs was written by another session. */
type Expected = Map<number, Set<number>>;

const asExpected = (members: readonly { recordId: number }[]) => new Set(members.map((member) => member.recordId));
const unchanged = (expected: Expected, live: StoredCluster | undefined) => {
  const want = live && expected.get(live.cluster.id);
  return !!want && live.members.length === want.size && live.members.every((member) => want.has(member.recordId));
};

/**
 * Takes records out of a stored cluster that a later draft continues; its anchor stays the smallest member left.
 * Answers the cluster as it is now.
 */
async function takeOut(manager: EntityManager, stored: StoredCluster, recordIds: number[]): Promise<StoredCluster> {
  const { id } = stored.cluster;
  const out = new Set(recordIds);
  await manager.delete(DuplicateClusterMember, { clusterId: id, recordId: In(recordIds) });
  await manager.delete(DuplicatePair, [
    { clusterId: id, aId: In(recordIds) },
    { clusterId: id, bId: In(recordIds) },
  ]);
  const members = stored.members.filter((member) => !out.has(member.recordId));
  const anchorId = Math.min(...members.map((member) => member.recordId));
  await manager.update(DuplicateCluster, id, { anchorId, memberCount: members.length });
  return {
    cluster: Object.assign(new DuplicateCluster(), stored.cluster, { anchorId, memberCount: members.length }),
    members,
    links: stored.links.filter((link) => !out.has(link.aId) && !out.has(link.bId)),
  };
}

/**
 * Saves one slice of drafts. A draft whose records another session re-clustered since the save read the stored
 * clusters (a record is not in the cluster it was in, or a cluster holding them or the one the draft continues has
 * other members) is left out: that write's clusters stand. The others' records leave any other OPEN cluster first, so that a record is in one OPEN cluster at most
 * after every transaction.
 */
async function saveSlice(
  manager: EntityManager,
  entityType: EntityType,
  drafts: ClusterDraft[],
  continued: (StoredCluster | undefined)[],
  storedById: Map<number, StoredCluster>,
  continuing: Set<StoredCluster>,
  expected: Expected,
  readHolder: Map<number, number>,
) {
  const live = await openClustersHolding(
    manager,
    entityType,
    drafts.flatMap((draft) => draft.memberIds),
    { evidence: false },
  );
  const liveById = new Map(live.map((stored) => [stored.cluster.id, stored]));
  const holderOf = new Map(
    live.flatMap((stored) => stored.members.map((member) => [member.recordId, stored] as const)),
  );
  // as the save left it, a record is in the cluster the scan's read found it in, or in none once the save took it out
  const asLeft = (recordId: number) => {
    const clusterId = readHolder.get(recordId);
    return clusterId !== undefined && expected.get(clusterId)?.has(recordId) ? clusterId : undefined;
  };
  const kept = drafts.flatMap((draft, n) => {
    const own = continued[n];
    if (own && !unchanged(expected, liveById.get(own.cluster.id))) return [];
    return draft.memberIds.every((id) => {
      const holder = holderOf.get(id);
      return holder?.cluster.id === asLeft(id) && (holder === undefined || unchanged(expected, holder));
    })
      ? [n]
      : [];
  });
  const leaving = new Map<number, number[]>();
  for (const n of kept) {
    for (const id of drafts[n].memberIds) {
      const holder = holderOf.get(id);
      if (holder && holder.cluster.id !== continued[n]?.cluster.id)
        leaving.set(holder.cluster.id, [...(leaving.get(holder.cluster.id) ?? []), id]);
    }
  }
  const ended: number[] = [];
  // what the save knows is updated once the transaction commits: one that runs again starts from the same
  const shrunk = new Map<number, StoredCluster>();
  for (const [clusterId, recordIds] of leaving) {
    const stored = storedById.get(clusterId);
    if (stored && continuing.has(stored)) shrunk.set(clusterId, await takeOut(manager, stored, recordIds));
    else ended.push(clusterId);
  }
  await deleteClusters(manager, ended);
  const ids = await writeDrafts(
    manager,
    entityType,
    kept.map((n) => drafts[n]),
    kept.map((n) => continued[n] && (shrunk.get(continued[n].cluster.id) ?? continued[n])),
  );
  return () => {
    for (const [id, now] of shrunk) {
      Object.assign(storedById.get(id) as StoredCluster, now);
      expected.set(id, asExpected(now.members));
    }
    ended.forEach((id) => expected.delete(id));
    kept.forEach((n, k) => expected.set(ids[k], new Set(drafts[n].memberIds)));
  };
}

/** Deletes stored clusters nothing continued, unless another session wrote them since. */
async function deleteEnded(manager: EntityManager, ids: number[], expected: Expected) {
  const live = await loadClusters(manager, ids, { evidence: false });
  await deleteClusters(
    manager,
    live
      .filter((stored) => stored.cluster.status === DuplicateClusterStatus.OPEN && unchanged(expected, stored))
      .map((stored) => stored.cluster.id),
  );
}

/**
 * What saveClusters does for every OPEN cluster of a type, in transactions of `chunkSize` drafts each, so that other
 * sessions' writes wait for one slice at most: which stored cluster each draft continues is decided first, against
 * all of them (read, not locked); then the drafts are saved slice by slice and the stored clusters nothing continues
 * deleted slice by slice. Interrupted between slices, every record is still in one OPEN cluster at most, and the next
 * scan saves the rest.
 */
export async function saveClustersInChunks(
  dataSource: DataSource,
  entityType: EntityType,
  drafts: ClusterDraft[],
  options: ChunkedSaveOptions,
): Promise<void> {
  const previous = await openClustersOf(dataSource.manager, entityType);
  const continued = successors(previous, drafts);
  const continuing = new Set(continued.filter((stored) => stored !== undefined));
  const storedById = new Map(previous.map((stored) => [stored.cluster.id, stored]));
  const expected: Expected = new Map(previous.map((stored) => [stored.cluster.id, asExpected(stored.members)]));
  const readHolder = new Map(
    previous.flatMap((stored) => stored.members.map((member) => [member.recordId, stored.cluster.id] as const)),
  );
  for (let start = 0; start < drafts.length; start += options.chunkSize) {
    const end = Math.min(start + options.chunkSize, drafts.length);
    const saved = await transactionGivingWay(dataSource, ({ manager }) =>
      saveSlice(
        manager,
        entityType,
        drafts.slice(start, end),
        continued.slice(start, end),
        storedById,
        continuing,
        expected,
        readHolder,
      ),
    );
    saved();
    await options.onChunk?.(end);
  }
  const ended = previous.filter((stored) => !continuing.has(stored) && expected.has(stored.cluster.id));
  for (let start = 0; start < ended.length; start += options.chunkSize) {
    const ids = ended.slice(start, start + options.chunkSize).map((stored) => stored.cluster.id);
    await transactionGivingWay(dataSource, ({ manager }) => deleteEnded(manager, ids, expected));
    await options.onChunk?.(drafts.length);
  }
}
