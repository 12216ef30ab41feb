import type { EntityManager } from 'typeorm';
import { createdRecordsMatched } from '../quality/duplicates/matched-before-writing';
import { refreshClusters } from '../quality/duplicates/refresh-clusters';
import { rememberWritten } from '../quality/matching/find-matches';
import { refreshMatchKeys } from '../quality/matching/match-keys.service';
import { loadMatchRecords } from '../quality/matching/record-loader';
import type { EntityType } from '../entities/enums';
import { refreshFindings } from '../quality/validation/refresh-findings';
import { refreshSearchIndex } from '../search/search-index';

/**
 * Every write of a lead, relation or contact ends here, inside its transaction,
 * so what is derived from the record (its search text and tokens, its match keys,
 * its duplicate clusters, its validation findings) never goes stale.
 */
export async function recordsWritten(
  manager: EntityManager,
  entityType: EntityType,
  ids: number[],
  created = false,
): Promise<void> {
  await refreshSearchIndex(manager, entityType, ids, created);
  const { records } = await loadMatchRecords(manager, entityType, ids);
  await refreshMatchKeys(manager, entityType, ids, records, created);
  if (created && createdRecordsMatched(manager, entityType)) rememberWritten(manager, entityType, ids, records);
  else await refreshClusters(manager, entityType, ids, records);
  await refreshFindings(manager, entityType, ids, undefined, created);
}
