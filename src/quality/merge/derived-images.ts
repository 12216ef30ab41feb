import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RowImage } from '../../db/raw-rows';
import {
  DuplicateCluster,
  DuplicateClusterMember,
  DuplicatePair,
  Finding,
  ValidationCount,
  ValidationEntry,
} from '../../entities';
import type { ChangeLog, RowChange } from './change-log';
import {
  readClustersAfter,
  readClustersBefore,
  restoreClusterImages,
  type ClusterImages,
  type ClustersBefore,
} from './cluster-images';
import { readFindingImages, restoreFindingImages, type CountScope, type FindingImages } from './finding-images';
import type { RecordSet } from './record-set';

/**
 * What is derived from a merge's records and kept by image, so an undo can give
 * it back with its ids: validation rows and duplicate clusters. (Match keys have
 * no ids of their own; recomputing them gives them back exactly.)
 */
export interface DerivedImages {
  findings: FindingImages;
  clusters: ClusterImages;
}

const PARTS: { entity: EntityTarget<ObjectLiteral> & { name: string }; of: (images: DerivedImages) => RowImage[] }[] = [
  { entity: Finding, of: (images) => images.findings.findings },
  { entity: ValidationEntry, of: (images) => images.findings.entries },
  { entity: ValidationCount, of: (images) => images.findings.counts },
  { entity: DuplicateCluster, of: (images) => images.clusters.clusters },
  { entity: DuplicateClusterMember, of: (images) => images.clusters.members },
  { entity: DuplicatePair, of: (images) => images.clusters.pairs },
];

export interface DerivedBefore {
  findings: FindingImages;
  clusters: ClustersBefore;
}

/** Before the merge writes: the records' validation rows with the count rows of `scopes`, and their clusters. */
export async function readDerivedBefore(
  manager: EntityManager,
  records: RecordSet,
  scopes: CountScope[],
): Promise<DerivedBefore> {
  return {
    findings: await readFindingImages(manager, records.keys(), scopes),
    clusters: await readClustersBefore(manager, records),
  };
}

/** Once the records are refreshed: logs what the merge made of them. */
export async function logDerivedImages(
  manager: EntityManager,
  log: ChangeLog,
  records: RecordSet,
  before: DerivedBefore,
): Promise<void> {
  const clusters = await readClustersAfter(manager, records, before.clusters);
  const images = {
    before: { findings: before.findings, clusters: clusters.before },
    after: { findings: await readFindingImages(manager, records.keys(), []), clusters: clusters.after },
  };
  for (const { entity, of } of PARTS) log.add(manager, entity, of(images.before), of(images.after), true);
}

/** The images a merge logged, as they were before it and after it. */
export function loggedDerivedImages(changes: RowChange[]): { before: DerivedImages; after: DerivedImages } {
  const side = (name: 'before' | 'after'): DerivedImages => {
    const rows = (entity: { name: string }) =>
      changes.filter((c) => c.derived && c.entityName === entity.name && c[name]).map((c) => c[name]!);
    return {
      findings: { findings: rows(Finding), entries: rows(ValidationEntry), counts: rows(ValidationCount) },
      clusters: { clusters: rows(DuplicateCluster), members: rows(DuplicateClusterMember), pairs: rows(DuplicatePair) },
    };
  };
  return { before: side('before'), after: side('after') };
}

/** Puts back what is still as the merge left it; the refresh of the records that follows makes the rest right. */
export async function restoreDerivedImages(
  manager: EntityManager,
  before: DerivedImages,
  after: DerivedImages,
): Promise<void> {
  await restoreFindingImages(manager, before.findings, after.findings);
  await restoreClusterImages(manager, before.clusters, after.clusters);
}
