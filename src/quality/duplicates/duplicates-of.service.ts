import type { EntityManager } from 'typeorm';
import { findMatches, type MatchCandidate } from '../matching/find-matches';
import { loadMatchRecords } from '../matching/record-loader';
import type { EntityType } from '../record-fields';
import { dismissedPairsTouching } from './dismissed-pairs';
import { pairKey } from './scored-link';

const MAX_CANDIDATES = 50;

/** The stored records of its own type that may be the same as this one, best first, pairs dismissed before left out; none for a merged record. */
export async function duplicatesOf(
  manager: EntityManager,
  entityType: EntityType,
  recordId: number,
  minScore: number,
): Promise<MatchCandidate[]> {
  const [record] = (await loadMatchRecords(manager, entityType, [recordId])).records;
  if (!record) return [];
  const matches = await findMatches(
    manager,
    { entityType, fields: record.fields, recordId },
    { entityTypes: [entityType], minScore, limit: MAX_CANDIDATES },
  );
  const dismissed = await dismissedPairsTouching(manager, entityType, [recordId]);
  return matches.filter((match) => !dismissed.has(pairKey(recordId, match.recordId)));
}
