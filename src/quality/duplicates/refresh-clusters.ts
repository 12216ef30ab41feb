import type { EntityManager } from 'typeorm';
import { findMatches } from '../matching/find-matches';
import { currentModel } from '../matching/model-store';
import { loadMatchRecords } from '../matching/record-loader';
import type { EntityType } from '../record-fields';
import { draftClusters } from './cluster-draft';
import { openClustersHolding, saveClusters } from './cluster-store';
import { dismissedPairsTouching } from './dismissed-pairs';
import { pairKey, scoredLink, type ScoredLink } from './scored-link';

/** Links of one record beyond these are weaker than its clusters need. */
const MAX_LINKS_PER_RECORD = 50;

/**
 * Keeps the OPEN clusters current after records of one type were written, in the transaction that wrote them:
 * each live record is matched once (findMatches, index look-ups), its new links replace its old ones, and the
 * clusters it was in or now joins are formed again from their stored links. Merged records leave their clusters;
 * dismissed pairs never link.
 */
export async function refreshClusters(manager: EntityManager, entityType: EntityType, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const model = await currentModel(manager);
  const { records } = await loadMatchRecords(manager, entityType, ids);
  const found: ScoredLink[] = [];
  for (const record of records) {
    const id = Number(record.id);
    const matches = await findMatches(manager, { entityType, fields: record.fields, recordId: id }, { entityTypes: [entityType], minScore: model.threshold, limit: MAX_LINKS_PER_RECORD, model });
    for (const match of matches) found.push(scoredLink(id, match.recordId, match.score, match.evidence));
  }
  const dismissed = found.length > 0 ? await dismissedPairsTouching(manager, entityType, ids) : new Set<string>();
  const links = found.filter((link) => !dismissed.has(pairKey(link.aId, link.bId)));
  const previous = await openClustersHolding(manager, entityType, [...new Set([...ids, ...links.flatMap((link) => [link.aId, link.bId])])]);
  if (previous.length === 0 && links.length === 0) return;
  const written = new Set(ids);
  const kept = previous.flatMap((stored) => stored.links).filter((link) => !written.has(link.aId) && !written.has(link.bId));
  await saveClusters(manager, entityType, previous, draftClusters([...kept, ...links], model.threshold), 'delete');
}
