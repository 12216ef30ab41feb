import { In, type EntityManager } from 'typeorm';
import { bulkInsert } from '../../db/bulk-insert';
import { DuplicateCluster, DuplicateClusterMember, DuplicatePair } from '../../entities';
import { DuplicateClusterStatus } from '../../entities/enums';
import type { EntityType } from '../record-fields';
import type { ClusterDraft } from './cluster-draft';
import { recordSummaries, type RecordSummary } from './record-summaries';
import { pairKey, type ScoredLink } from './scored-link';

/** A stored cluster with its members and links. */
export interface StoredCluster {
  cluster: DuplicateCluster;
  members: DuplicateClusterMember[];
  links: ScoredLink[];
}

/** What becomes of a stored OPEN cluster none of the new ones continues: gone, or DISMISSED when a steward's dismissal took its links. */
export type Vanished = 'delete' | DuplicateClusterStatus.DISMISSED;

const CHUNK = 500;
const MAX_LABEL = 500;

function chunked<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) out.push(items.slice(start, start + CHUNK));
  return out;
}

/** Clusters by id with their members and links; `evidence: false` leaves the evidence out (a full scan compares scores only). */
export async function loadClusters(
  manager: EntityManager,
  ids: number[],
  options: { evidence: boolean },
): Promise<StoredCluster[]> {
  const stored = new Map<number, StoredCluster>();
  for (const chunk of chunked(ids)) {
    for (const cluster of await manager.findBy(DuplicateCluster, { id: In(chunk) }))
      stored.set(cluster.id, { cluster, members: [], links: [] });
    for (const member of await manager.find(DuplicateClusterMember, {
      where: { clusterId: In(chunk) },
      order: { recordId: 'ASC' },
    })) {
      stored.get(member.clusterId)?.members.push(member);
    }
    const select = { id: true, clusterId: true, aId: true, bId: true, score: true, evidence: options.evidence };
    for (const pair of await manager.find(DuplicatePair, { select, where: { clusterId: In(chunk) } })) {
      stored
        .get(pair.clusterId)
        ?.links.push({ aId: pair.aId, bId: pair.bId, score: pair.score, evidence: pair.evidence ?? [] });
    }
  }
  return [...stored.values()];
}

/** The OPEN clusters of a type that hold any of these records. */
export async function openClustersHolding(
  manager: EntityManager,
  entityType: EntityType,
  recordIds: number[],
  options = { evidence: true },
): Promise<StoredCluster[]> {
  const ids = new Set<number>();
  for (const chunk of chunked(recordIds)) {
    const rows: { clusterId: number | string }[] = await manager
      .createQueryBuilder(DuplicateClusterMember, 'member')
      .select('DISTINCT member.clusterId', 'clusterId')
      .innerJoin(DuplicateCluster, 'cluster', 'cluster.id = member.clusterId')
      .where('member.entityType = :entityType AND member.recordId IN (:...chunk) AND cluster.status = :open', {
        entityType,
        chunk,
        open: DuplicateClusterStatus.OPEN,
      })
      .getRawMany();
    for (const row of rows) ids.add(Number(row.clusterId));
  }
  return loadClusters(manager, [...ids], options);
}

/** Every OPEN cluster of a type, for a full scan to compare its clusters with. */
export async function openClustersOf(manager: EntityManager, entityType: EntityType): Promise<StoredCluster[]> {
  const clusters = await manager.find(DuplicateCluster, {
    select: { id: true },
    where: { entityType, status: DuplicateClusterStatus.OPEN },
  });
  return loadClusters(
    manager,
    clusters.map((cluster) => cluster.id),
    { evidence: false },
  );
}

/** For each draft, the stored cluster it continues (the one it shares most members with), if any; each stored cluster continues once. */
export function successors(
  previous: readonly StoredCluster[],
  next: readonly ClusterDraft[],
): (StoredCluster | undefined)[] {
  const holder = new Map<number, number>();
  previous.forEach((stored, index) => stored.members.forEach((member) => holder.set(member.recordId, index)));
  const overlaps: { draft: number; stored: number; shared: number }[] = [];
  next.forEach((draft, index) => {
    const shared = new Map<number, number>();
    for (const id of draft.memberIds) {
      const at = holder.get(id);
      if (at !== undefined) shared.set(at, (shared.get(at) ?? 0) + 1);
    }
    for (const [stored, count] of shared) overlaps.push({ draft: index, stored, shared: count });
  });
  overlaps.sort((x, y) => y.shared - x.shared || previous[x.stored].cluster.id - previous[y.stored].cluster.id);
  const chosen: (StoredCluster | undefined)[] = next.map(() => undefined);
  const taken = new Set<number>();
  for (const { draft, stored } of overlaps) {
    if (chosen[draft] !== undefined || taken.has(stored)) continue;
    chosen[draft] = previous[stored];
    taken.add(stored);
  }
  return chosen;
}

function clusterColumns(entityType: EntityType, draft: ClusterDraft, summaries: Map<number, RecordSummary>) {
  const labels = [...new Set(draft.memberIds.map((id) => summaries.get(id)?.label).filter((label) => label))];
  return {
    entityType,
    score: Math.min(...draft.links.map((link) => link.score)),
    memberCount: draft.memberIds.length,
    anchorId: draft.memberIds[0],
    label: labels.join(' / ').slice(0, MAX_LABEL),
  };
}

const memberRows = (
  clusterId: number,
  entityType: EntityType,
  draft: ClusterDraft,
  summaries: Map<number, RecordSummary>,
) =>
  draft.memberIds.map((recordId) => ({
    clusterId,
    entityType,
    recordId,
    divisionId: summaries.get(recordId)?.divisionId ?? null,
  }));

const pairRows = (clusterId: number, entityType: EntityType, draft: ClusterDraft) =>
  draft.links.map(({ aId, bId, score, evidence }) => ({ clusterId, entityType, aId, bId, score, evidence }));

const sameMembers = (stored: StoredCluster, rows: ReturnType<typeof memberRows>) =>
  stored.members.length === rows.length &&
  rows.every(
    (row, n) => stored.members[n].recordId === row.recordId && stored.members[n].divisionId === row.divisionId,
  );

function sameLinks(stored: StoredCluster, draft: ClusterDraft): boolean {
  const scores = new Map(stored.links.map((link) => [pairKey(link.aId, link.bId), link.score]));
  return (
    scores.size === draft.links.length &&
    draft.links.every((link) => scores.get(pairKey(link.aId, link.bId)) === link.score)
  );
}

async function deleteRows(
  manager: EntityManager,
  entity: typeof DuplicateClusterMember | typeof DuplicatePair | typeof DuplicateCluster,
  column: 'clusterId' | 'id',
  ids: number[],
) {
  for (const chunk of chunked(ids)) await manager.delete(entity, { [column]: In(chunk) });
}

/**
 * Replaces stored OPEN clusters by newly formed ones. A new cluster continues the stored one it shares most members
 * with and keeps its id; what did not change is not written. Stored clusters nothing continues are deleted, or
 * DISMISSED as `vanished` says. Returns the ids of the clusters now standing for the drafts, in draft order.
 */
export async function saveClusters(
  manager: EntityManager,
  entityType: EntityType,
  previous: StoredCluster[],
  next: ClusterDraft[],
  vanished: Vanished,
): Promise<number[]> {
  const continued = successors(previous, next);
  const continuing = new Set(continued);
  const ended = previous.filter((stored) => !continuing.has(stored)).map((stored) => stored.cluster.id);
  if (vanished === 'delete') await deleteClusters(manager, ended);
  else {
    for (const chunk of chunked(ended)) await manager.update(DuplicateCluster, { id: In(chunk) }, { status: vanished });
  }
  return writeDrafts(manager, entityType, next, continued);
}

/** Deletes clusters with their members and pairs. */
export async function deleteClusters(manager: EntityManager, ids: number[]): Promise<void> {
  await deleteRows(manager, DuplicateClusterMember, 'clusterId', ids);
  await deleteRows(manager, DuplicatePair, 'clusterId', ids);
  await deleteRows(manager, DuplicateCluster, 'id', ids);
}

/**
 * Stores drafts, each into the stored cluster `continued` gives it (what did not change is not written) or a new
 * one; no other OPEN cluster may hold their members. Returns the clusters' ids, in draft order.
 */
export async function writeDrafts(
  manager: EntityManager,
  entityType: EntityType,
  next: ClusterDraft[],
  continued: (StoredCluster | undefined)[],
): Promise<number[]> {
  const summaries = await recordSummaries(manager, entityType, [...new Set(next.flatMap((draft) => draft.memberIds))]);

  const replaced = { members: [] as number[], pairs: [] as number[] };
  const rows = { members: [] as ReturnType<typeof memberRows>, pairs: [] as ReturnType<typeof pairRows> };
  const fresh: { index: number; columns: ReturnType<typeof clusterColumns> }[] = [];
  const ids: number[] = [];
  for (const [index, draft] of next.entries()) {
    const columns = clusterColumns(entityType, draft, summaries);
    const stored = continued[index];
    if (stored === undefined) {
      fresh.push({ index, columns });
      continue;
    }
    const { id } = stored.cluster;
    ids[index] = id;
    const { score, memberCount, anchorId, label } = stored.cluster;
    if (
      score !== columns.score ||
      memberCount !== columns.memberCount ||
      anchorId !== columns.anchorId ||
      label !== columns.label
    ) {
      await manager.update(DuplicateCluster, id, columns);
    }
    const members = memberRows(id, entityType, draft, summaries);
    if (!sameMembers(stored, members)) {
      replaced.members.push(id);
      rows.members.push(...members);
    }
    if (!sameLinks(stored, draft)) {
      replaced.pairs.push(id);
      rows.pairs.push(...pairRows(id, entityType, draft));
    }
  }
  await deleteRows(manager, DuplicateClusterMember, 'clusterId', replaced.members);
  await deleteRows(manager, DuplicatePair, 'clusterId', replaced.pairs);

  await bulkInsert(
    manager,
    DuplicateCluster,
    fresh.map(({ columns }) => ({ ...columns, status: DuplicateClusterStatus.OPEN })),
  );
  // among the OPEN clusters of a type the anchor (smallest member) is unique: it tells the new rows' ids without reading them back one by one
  const idOfAnchor = new Map<number, number>();
  for (const chunk of chunked(fresh.map(({ columns }) => columns.anchorId))) {
    const found = await manager.find(DuplicateCluster, {
      select: { id: true, anchorId: true },
      where: { entityType, status: DuplicateClusterStatus.OPEN, anchorId: In(chunk) },
    });
    for (const cluster of found) idOfAnchor.set(cluster.anchorId, cluster.id);
  }
  for (const { index, columns } of fresh) {
    const id = idOfAnchor.get(columns.anchorId) as number;
    ids[index] = id;
    rows.members.push(...memberRows(id, entityType, next[index], summaries));
    rows.pairs.push(...pairRows(id, entityType, next[index]));
  }
  await bulkInsert(manager, DuplicateClusterMember, rows.members);
  await bulkInsert(manager, DuplicatePair, rows.pairs);
  return ids;
}
