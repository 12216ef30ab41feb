import type { UnitOfWork } from '../../db/unit-of-work';
import { findMatchesOfMany, rememberWritten } from '../matching/find-matches';
import { currentModel } from '../matching/model-store';
import type { MatchRecord } from '../matching/match-record';
import type { EntityType } from '../record-fields';
import { draftClusters } from './cluster-draft';
import { openClustersHolding, saveClusters } from './cluster-store';
import { dismissedPairsTouching } from './dismissed-pairs';
import { pairKey, scoredLink, type ScoredLink } from './scored-link';

/** Links of one record beyond these are weaker than its clusters need. */
const MAX_LINKS_PER_RECORD = 50;

/**
 * Keeps the OPEN clusters current after the records with these ids were written (`records`: the live ones, as
 * loadMatchRecords reads them), in the transaction that wrote them: the live records are matched together
 * (findMatchesOfMany, index look-ups for the whole batch), their new links replace their old ones, and the clusters
 * they were in or now join are formed again from their stored links. Merged records leave their clusters; dismissed
 * pairs never link.
 */
export async function refreshClusters(
  uow: UnitOfWork,
  entityType: EntityType,
  ids: number[],
  records: MatchRecord[],
): Promise<void> {
  if (ids.length === 0) return;
  const { manager } = uow;
  rememberWritten(uow, entityType, ids, records);
  const model = await currentModel(manager);
  const probes = records.map((record) => ({ entityType, fields: record.fields, recordId: Number(record.id) }));
  const matchesOf = await findMatchesOfMany(manager, probes, {
    entityTypes: [entityType],
    minScore: model.threshold,
    limit: MAX_LINKS_PER_RECORD,
    model,
    written: uow.writtenRecords,
  });
  const found: ScoredLink[] = probes.flatMap((probe, n) =>
    matchesOf[n].map((match) => scoredLink(probe.recordId, match.recordId, match.score, match.evidence)),
  );
  const dismissed = found.length > 0 ? await dismissedPairsTouching(manager, entityType, ids) : new Set<string>();
  const links = found.filter((link) => !dismissed.has(pairKey(link.aId, link.bId)));
  const previous = await openClustersHolding(manager, entityType, [
    ...new Set([...ids, ...links.flatMap((link) => [link.aId, link.bId])]),
  ]);
  if (previous.length === 0 && links.length === 0) return;
  const written = new Set(ids);
  const kept = previous
    .flatMap((stored) => stored.links)
    .filter((link) => !written.has(link.aId) && !written.has(link.bId));
  await saveClusters(manager, entityType, previous, draftClusters([...kept, ...links], model.threshold), 'delete');
}
